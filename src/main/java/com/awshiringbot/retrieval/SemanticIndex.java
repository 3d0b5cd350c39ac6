package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The knowledge's English questions as sentence vectors: finds the entry whose question means most nearly what an
 * English question means, whatever words either uses, and how near the question comes to the English questions the
 * knowledge does not answer ({@link KnowledgeBase#notCoveredQuestions}). A second opinion beside the lexical
 * {@link QuestionIndex}, not a replacement: a question the knowledge does not cover ("how many rounds is the Google
 * interview") is as near in meaning to covered ones as many covered ones are, so it only confirms. Thread-safe.
 */
public final class SemanticIndex {
    /**
     * Questions asked recently, remembered with their nearest entry: the same question costs the model (about 10 ms)
     * and the scan of every question's vector (about half a millisecond) once.
     */
    private static final int REMEMBERED = 2_000;

    private final String[] entryIds;
    private final float[][] vectors;
    private final float[][] notCovered;
    private final BoundedMemo<String, Neighbour> asked;

    private SemanticIndex(String[] entryIds, float[][] vectors, float[][] notCovered) {
        this.entryIds = entryIds;
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
        String[] ids = new String[entryOf.size()];
        float[][] questionVectors = new float[entryOf.size()][];
        int i = 0;
        for (Map.Entry<String, String> question : entryOf.entrySet()) {
            ids[i] = question.getValue();
            questionVectors[i++] = encoded.get(question.getKey());
        }
        float[][] notCoveredVectors = knowledge.notCoveredQuestions().stream().map(encoded::get)
                .toArray(float[][]::new);
        return new SemanticIndex(ids, questionVectors, notCoveredVectors);
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
        if (vectors.length == 0 || question == null || question.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(asked.get(question));
    }

    private Neighbour search(String question) {
        float[] vector = SentenceVectors.encode(question);
        int best = 0;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < vectors.length; i++) {
            double similarity = SentenceEncoder.similarity(vector, vectors[i]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = i;
            }
        }
        double notCoveredSimilarity = -1;
        for (float[] other : notCovered) {
            notCoveredSimilarity = Math.max(notCoveredSimilarity, SentenceEncoder.similarity(vector, other));
        }
        return new Neighbour(entryIds[best], bestSimilarity, notCoveredSimilarity);
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
