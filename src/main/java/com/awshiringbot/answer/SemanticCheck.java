package com.awshiringbot.answer;

import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.SemanticIndex;
import com.awshiringbot.retrieval.SentenceVectors;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The sentence model's second opinion on an English question the words alone left unsure. A "did you mean", or a
 * "don't know" whose best entry still has some confidence, is answered when the entry whose question is nearest in
 * meaning to the user's is the one the lexical match ranked first, near enough, and nearer than any question the
 * knowledge lists as not answered: measured on fresh English questions nobody had fixed the knowledge for, the two
 * agree on the right entry far more often than on a wrong one. An answer of middling confidence is withdrawn (a "don't
 * know") when a question the knowledge does not answer is far nearer in meaning than any of the entry's ("did i pass
 * my loop?" shares its words with the loop-interview entry, its meaning with "had my loop yesterday, did i pass?"). The
 * model never answers on its own.
 *
 * @param index the knowledge's English questions as sentence vectors
 * @param minSimilarity the least cosine similarity of the nearest question for a confirmation
 * @param notCoveredMargin how much nearer the entry's question must be than the nearest question not answered
 * @param minConfidence the least lexical confidence of a "don't know" the model is asked about
 * @param withdrawMargin how much nearer a question not answered must be than the answered entry's nearest question for
 *     the answer to be withdrawn
 * @param withdrawBelow the confidence from which an answer is never withdrawn (nor the model asked)
 */
public record SemanticCheck(SemanticIndex index, double minSimilarity, double notCoveredMargin, double minConfidence,
        double withdrawMargin, double withdrawBelow) {
    /** The setting holding {@link #minSimilarity}. */
    public static final String BAR = "answer.semantic.min-similarity";
    /** The setting holding {@link #notCoveredMargin}. */
    public static final String MARGIN = "answer.semantic.not-covered-margin";
    /** The setting holding {@link #minConfidence}. */
    public static final String CONFIDENCE = "answer.semantic.min-confidence";
    /** The setting holding {@link #withdrawMargin}. */
    public static final String WITHDRAW_MARGIN = "answer.semantic.withdraw-margin";
    /** The setting holding {@link #withdrawBelow}. */
    public static final String WITHDRAW_BELOW = "answer.semantic.withdraw-below-confidence";

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
        if (!(withdrawMargin >= -2)) {
            throw new IllegalArgumentException("withdrawMargin must be at least -2, got " + withdrawMargin);
        }
        if (!(withdrawBelow >= 0)) {
            throw new IllegalArgumentException("withdrawBelow must not be negative, got " + withdrawBelow);
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
            double notCoveredMargin, double minConfidence, double withdrawMargin, double withdrawBelow) {
        return new SemanticCheck(SemanticIndex.build(knowledge, vectors), minSimilarity, notCoveredMargin,
                minConfidence, withdrawMargin, withdrawBelow);
    }

    /** The check over {@code knowledge} with the bars of {@code settings}. */
    public static SemanticCheck over(KnowledgeBase knowledge, SentenceVectors vectors, Settings settings) {
        return over(knowledge, vectors, settings.decimal(BAR), settings.decimal(MARGIN), settings.decimal(CONFIDENCE),
                settings.decimal(WITHDRAW_MARGIN), settings.decimal(WITHDRAW_BELOW));
    }

    /**
     * {@code decision}, confirmed when it is an unsure English one of the entry nearest in meaning, withdrawn when it
     * is an English answer far from the entry's meaning and near one the knowledge does not answer.
     */
    Decision apply(Decision decision) {
        if (decision.language() != Language.EN) {
            return decision;
        }
        if (decision.outcome() == Outcome.ANSWER) {
            return decision.confidence() < withdrawBelow && isNearerNotCovered(decision) ? decision.withdraw()
                    : decision;
        }
        if (!isUnsure(decision)) {
            return decision;
        }
        Optional<SemanticIndex.Neighbour> nearest = index.nearest(decision.question());
        return nearest.filter(n -> n.similarity() >= minSimilarity && n.margin() >= notCoveredMargin)
                .map(n -> decision.confirmedBy(n.entryId()))
                .orElse(decision);
    }

    private boolean isNearerNotCovered(Decision decision) {
        Optional<SemanticIndex.Neighbour> nearest = index.nearest(decision.question());
        OptionalDouble answered = index.similarity(decision.question(), decision.bestId());
        return nearest.isPresent() && answered.isPresent()
                && nearest.get().notCoveredSimilarity() - answered.getAsDouble() >= withdrawMargin;
    }

    private boolean isUnsure(Decision decision) {
        return decision.outcome() == Outcome.DID_YOU_MEAN
                || decision.outcome() == Outcome.DONT_KNOW && decision.bestId() != null
                        && decision.confidence() >= minConfidence;
    }
}
