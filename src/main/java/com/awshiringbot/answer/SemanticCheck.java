package com.awshiringbot.answer;

import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.SemanticIndex;
import com.awshiringbot.retrieval.SentenceVectors;
import java.util.Objects;
import java.util.Optional;

/**
 * The sentence model's second opinion on an English question the words alone left unsure: a "did you mean", or a
 * "don't know" whose best entry still has some confidence. When the entry whose question is nearest in meaning to the
 * user's is the one the lexical match ranked first, near enough, and nearer than any question the knowledge lists as
 * not answered, the core answers it. Measured on fresh English questions nobody had fixed the knowledge for, the two
 * agree on the right entry far more often than on a wrong one. It is never asked to answer on its own, and never
 * overrules an answer.
 *
 * @param index the knowledge's English questions as sentence vectors
 * @param minSimilarity the least cosine similarity of the nearest question for a confirmation
 * @param notCoveredMargin how much nearer the entry's question must be than the nearest question not answered
 * @param minConfidence the least lexical confidence of a "don't know" the model is asked about
 */
public record SemanticCheck(SemanticIndex index, double minSimilarity, double notCoveredMargin, double minConfidence) {
    /** The setting holding {@link #minSimilarity}. */
    public static final String BAR = "answer.semantic.min-similarity";
    /** The setting holding {@link #notCoveredMargin}. */
    public static final String MARGIN = "answer.semantic.not-covered-margin";
    /** The setting holding {@link #minConfidence}. */
    public static final String CONFIDENCE = "answer.semantic.min-confidence";

    public SemanticCheck {
        Objects.requireNonNull(index, "index");
        if (!(minSimilarity >= -1 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be between -1 and 1, got " + minSimilarity);
        }
        if (!(notCoveredMargin >= -2 && notCoveredMargin <= 2)) {
            throw new IllegalArgumentException("notCoveredMargin must be between -2 and 2, got " + notCoveredMargin);
        }
        if (!(minConfidence >= 0)) {
            throw new IllegalArgumentException("minConfidence must not be negative, got " + minConfidence);
        }
    }

    /**
     * Whether a configured {@link #BAR} turns the check off: above 1, no similarity reaches it, so the model is not
     * loaded at all.
     */
    public static boolean isOff(double minSimilarity) {
        return minSimilarity > 1;
    }

    /** Whether {@code settings} turn the check off (see {@link #isOff(double)}). */
    public static boolean isOff(Settings settings) {
        return isOff(settings.decimal(BAR));
    }

    /** The check over {@code knowledge}'s English questions, encoded by {@code vectors} or remembered there. */
    public static SemanticCheck over(KnowledgeBase knowledge, SentenceVectors vectors, double minSimilarity,
            double notCoveredMargin, double minConfidence) {
        return new SemanticCheck(SemanticIndex.build(knowledge, vectors), minSimilarity, notCoveredMargin,
                minConfidence);
    }

    /** The check over {@code knowledge} with the bars of {@code settings}. */
    public static SemanticCheck over(KnowledgeBase knowledge, SentenceVectors vectors, Settings settings) {
        return over(knowledge, vectors, settings.decimal(BAR), settings.decimal(MARGIN),
                settings.decimal(CONFIDENCE));
    }

    /** {@code decision}, confirmed when it is an unsure English one of the entry nearest in meaning. */
    Decision apply(Decision decision) {
        if (decision.language() != Language.EN || !isUnsure(decision)) {
            return decision;
        }
        Optional<SemanticIndex.Neighbour> nearest = index.nearest(decision.question());
        return nearest.filter(n -> n.similarity() >= minSimilarity && n.margin() >= notCoveredMargin)
                .map(n -> decision.confirmedBy(n.entryId()))
                .orElse(decision);
    }

    private boolean isUnsure(Decision decision) {
        return decision.outcome() == Outcome.DID_YOU_MEAN
                || decision.outcome() == Outcome.DONT_KNOW && decision.bestId() != null
                        && decision.confidence() >= minConfidence;
    }
}
