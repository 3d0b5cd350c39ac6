package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The knowledge's English questions as sentence vectors: finds the entry whose question means most nearly what an
 * English question means, whatever words either uses, and how near the question comes to the English questions the
 * knowledge does not answer ({@link KnowledgeBase#notCoveredQuestions}). A second opinion beside the lexical
 * {@link QuestionIndex}, not a replacement: a question the knowledge does not cover ("how many rounds is the Google
 * interview") is as near in meaning to covered ones as many covered ones are, so it only confirms. Thread-safe.
 */
public final class SemanticIndex {
    /**
     * Questions asked recently, remembered with how near each entry is: the same question costs the model (about 10 ms)
     * and the scan of every question's vector (about half a millisecond) once.
     */
    private static final int REMEMBERED = 2_000;

    /** The entries that have English questions, each once. */
    private final List<String> entryIds;
    /** For each question's vector, its entry's place in {@link #entryIds}. */
    private final int[] entryOf;
    private final float[][] vectors;
    private final float[][] notCovered;
    private final BoundedMemo<String, Reading> asked;

    private SemanticIndex(List<String> entryIds, int[] entryOf, float[][] vectors, float[][] notCovered) {
        this.entryIds = entryIds;
        this.entryOf = entryOf;
        this.vectors = vectors;
        this.notCovered = notCovered;
        this.asked = new BoundedMemo<>(REMEMBERED, this::search);
    }

    /**
     * The English questions of {@code knowledge}, its entries' and those it does not answer, as vectors, encoded by
     * {@code vectors} or remembered there.
     */
    public static SemanticIndex build(KnowledgeBase knowledge, SentenceVectors vectors) {
        Objects.requireNonNull(knowledge, "knowledge");
        Map<String, String> entryOf = new LinkedHashMap<>();
        for (Entry entry : knowledge.entries()) {
            for (String question : entry.questions().in(Language.EN)) {
                entryOf.putIfAbsent(question, entry.id());
            }
        }
        List<String> sentences = new ArrayList<>(entryOf.keySet());
        sentences.addAll(knowledge.notCoveredQuestions());
        Map<String, float[]> encoded = vectors.of(sentences);
        List<String> ids = entryOf.values().stream().distinct().toList();
        int[] places = new int[entryOf.size()];
        float[][] questionVectors = new float[entryOf.size()][];
        int i = 0;
        for (Map.Entry<String, String> question : entryOf.entrySet()) {
            places[i] = ids.indexOf(question.getValue());
            questionVectors[i++] = encoded.get(question.getKey());
        }
        float[][] notCoveredVectors = knowledge.notCoveredQuestions().stream().map(encoded::get)
                .toArray(float[][]::new);
        return new SemanticIndex(ids, places, questionVectors, notCoveredVectors);
    }

    /** The number of the entries' English questions encoded. */
    public int size() {
        return vectors.length;
    }

    /** The number of English questions the knowledge does not answer encoded. */
    public int notCoveredSize() {
        return notCovered.length;
    }

    /**
     * The entry whose English question is nearest in meaning to {@code question}, and how near the nearest question the
     * knowledge does not answer is; empty when the knowledge has no English question.
     */
    public Optional<Neighbour> nearest(String question) {
        return read(question).map(Reading::nearest);
    }

    /**
     * How near in meaning the English question of entry {@code entryId} nearest to {@code question} is (cosine
     * similarity); empty when the entry has no English question or {@code question} is blank.
     */
    public OptionalDouble similarity(String question, String entryId) {
        int place = entryIds.indexOf(entryId);
        return place < 0 ? OptionalDouble.empty()
                : read(question).map(r -> OptionalDouble.of(r.byEntry()[place])).orElse(OptionalDouble.empty());
    }

    private Optional<Reading> read(String question) {
        if (vectors.length == 0 || question == null || question.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(asked.get(question));
    }

    private Reading search(String question) {
        float[] vector = SentenceVectors.encode(question);
        double[] byEntry = new double[entryIds.size()];
        Arrays.fill(byEntry, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            byEntry[entryOf[i]] = Math.max(byEntry[entryOf[i]], SentenceEncoder.similarity(vector, vectors[i]));
        }
        int best = 0;
        for (int e = 1; e < byEntry.length; e++) {
            if (byEntry[e] > byEntry[best]) {
                best = e;
            }
        }
        double notCoveredSimilarity = -1;
        for (float[] other : notCovered) {
            notCoveredSimilarity = Math.max(notCoveredSimilarity, SentenceEncoder.similarity(vector, other));
        }
        return new Reading(byEntry, new Neighbour(entryIds.get(best), byEntry[best], notCoveredSimilarity));
    }

    /** What one question's vector was found near: each entry's nearest question, and the nearest overall. */
    private record Reading(double[] byEntry, Neighbour nearest) {
    }

    /**
     * An entry and how near in meaning its nearest English question is to the one asked.
     *
     * @param similarity the cosine similarity of the two sentences' vectors, from -1 to 1
     * @param notCoveredSimilarity the same for the nearest question the knowledge does not answer; -1 when it lists
     *     none
     */
    public record Neighbour(String entryId, double similarity, double notCoveredSimilarity) {
        /** How much nearer the entry's question is than any question the knowledge does not answer. */
        public double margin() {
            return similarity - notCoveredSimilarity;
        }
    }
}
