package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.retrieval.SemanticIndex;
import com.awshiringbot.retrieval.SentenceVectors;
import java.util.Objects;
import java.util.Optional;

/**
 * The sentence model's second opinion on an English "did you mean": when the entry whose question is nearest in
 * meaning to the user's is the one the lexical match ranked first, and near enough, the core answers it instead of
 * asking. Measured on fresh English questions nobody had fixed the knowledge for, the two agree on the right entry far
 * more often than on a wrong one; it is never asked to answer on its own, since questions the knowledge does not cover
 * ("how many rounds is the Google interview") are as near in meaning to covered ones as many covered ones are.
 *
 * @param index the knowledge's English questions as sentence vectors
 * @param minSimilarity the least cosine similarity of the nearest question for a confirmation
 */
public record SemanticCheck(SemanticIndex index, double minSimilarity) {
    /** The setting holding {@link #minSimilarity}. */
    public static final String BAR = "answer.semantic.min-similarity";

    public SemanticCheck {
        Objects.requireNonNull(index, "index");
        if (!(minSimilarity >= -1 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be between -1 and 1, got " + minSimilarity);
        }
    }

    /**
     * Whether a configured {@link #BAR} turns the check off: above 1, no similarity reaches it, so the model is not
     * loaded at all.
     */
    public static boolean isOff(double minSimilarity) {
        return minSimilarity > 1;
    }

    /** The check over {@code knowledge}'s English questions, encoded by {@code vectors} or remembered there. */
    public static SemanticCheck over(KnowledgeBase knowledge, SentenceVectors vectors, double minSimilarity) {
        return new SemanticCheck(SemanticIndex.build(knowledge, vectors), minSimilarity);
    }

    /** {@code decision}, confirmed when it is an English "did you mean" of the entry nearest in meaning. */
    Decision apply(Decision decision) {
        if (decision.outcome() != Outcome.DID_YOU_MEAN || decision.language() != Language.EN) {
            return decision;
        }
        Optional<SemanticIndex.Neighbour> nearest = index.nearest(decision.question());
        return nearest.filter(n -> n.similarity() >= minSimilarity)
                .map(n -> decision.confirmedBy(n.entryId()))
                .orElse(decision);
    }
}
