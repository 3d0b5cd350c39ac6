package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The knowledge's English questions as sentence vectors: finds the entry whose question means most nearly what an
 * English question means, whatever words either uses. A second opinion beside the lexical {@link QuestionIndex}, not
 * a replacement: it cannot tell a question the knowledge does not cover ("how many rounds is the Google interview")
 * from one it does, so it only confirms. Thread-safe.
 */
public final class SemanticIndex {
    /**
     * Questions asked recently, remembered with their nearest entry: the same question costs the model (about 10 ms)
     * and the scan of every question's vector (about half a millisecond) once.
     */
    private static final int REMEMBERED = 2_000;

    private final String[] entryIds;
    private final float[][] vectors;
    private final BoundedMemo<String, Neighbour> asked;

    private SemanticIndex(String[] entryIds, float[][] vectors) {
        this.entryIds = entryIds;
        this.vectors = vectors;
        this.asked = new BoundedMemo<>(REMEMBERED, this::search);
    }

    /** The English questions of {@code knowledge} as vectors, encoded by {@code vectors} or remembered there. */
    public static SemanticIndex build(KnowledgeBase knowledge, SentenceVectors vectors) {
        Objects.requireNonNull(knowledge, "knowledge");
        Map<String, String> entryOf = new LinkedHashMap<>();
        for (Entry entry : knowledge.entries()) {
            for (String question : entry.questions().in(Language.EN)) {
                entryOf.putIfAbsent(question, entry.id());
            }
        }
        Map<String, float[]> encoded = vectors.of(entryOf.keySet());
        String[] ids = new String[entryOf.size()];
        float[][] questionVectors = new float[entryOf.size()][];
        int i = 0;
        for (Map.Entry<String, String> question : entryOf.entrySet()) {
            ids[i] = question.getValue();
            questionVectors[i++] = encoded.get(question.getKey());
        }
        return new SemanticIndex(ids, questionVectors);
    }

    /** The number of English questions encoded. */
    public int size() {
        return vectors.length;
    }

    /** The entry whose English question is nearest in meaning to {@code question}; empty when there is none. */
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
        return new Neighbour(entryIds[best], bestSimilarity);
    }

    /**
     * An entry and how near in meaning its nearest English question is to the one asked.
     *
     * @param similarity the cosine similarity of the two sentences' vectors, from -1 to 1
     */
    public record Neighbour(String entryId, double similarity) {
    }
}
