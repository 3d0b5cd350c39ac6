package com.awshiringbot.answer;

import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.Candidate;
import java.util.Objects;

/**
 * The bars of the confidence decision, read from {@code answer.*} in {@code config/bot.properties} and set by
 * measurement on the tuning questions ({@code eval} prints the curve that chose them).
 *
 * @param answer the confidence from which the best entry is answered
 * @param suggest the confidence from which entries are offered as "did you mean" choices; below it, don't know
 * @param margin the least lead of the best entry's rank over the second's for an answer; a closer race is a "did
 *     you mean"
 * @param bigramWeight how much of the lead of the Hangul bigram coverage over the morpheme coverage is added to a
 *     Korean question's confidence (0–1)
 * @param scoreWeight how much the BM25 score (relative to the best found) counts in the ranking, against the
 *     confidence; among entries that cover a question equally, the closer wording wins
 * @param maxChoices the most entries offered as choices
 * @param rivalTolerance how far another entry's confidence may exceed the best-ranked entry's for an answer: when an
 *     entry ranked lower accounts for clearly more of the question, ranking and coverage disagree, so the core asks
 * @param farAhead the bars of the second way to an answer, for an entry far ahead of the others at a lower confidence
 * @param wordingLead how far the best entry's {@link Candidate#askedShare} must exceed the second's for an answer when
 *     its rank leads by less than {@code margin}: two entries both cover the question, and the second's closest
 *     question says more than was asked (a sibling's question about one part of the topic); infinite: never
 * @param askedSentenceConfidence the confidence from which the {@link AskedSentence} of a message of several
 *     sentences, decided alone, answers the message that was not answered as a whole; above 1: never
 */
public record Thresholds(
        double answer, double suggest, double margin, double bigramWeight, double scoreWeight, int maxChoices,
        double rivalTolerance, FarAhead farAhead, double wordingLead, double askedSentenceConfidence) {

    public Thresholds {
        requireShare("answer", answer);
        requireShare("rivalTolerance", rivalTolerance);
        requireShare("suggest", suggest);
        requireShare("margin", margin);
        requireShare("bigramWeight", bigramWeight);
        requireShare("scoreWeight", scoreWeight);
        if (suggest > answer) {
            throw new IllegalArgumentException("suggest (" + suggest + ") must not exceed answer (" + answer + ")");
        }
        if (maxChoices < 1) {
            throw new IllegalArgumentException("maxChoices must be at least 1, got " + maxChoices);
        }
        Objects.requireNonNull(farAhead, "farAhead");
        if (!(wordingLead > 0)) {
            throw new IllegalArgumentException("wordingLead must be above 0, got " + wordingLead);
        }
        if (!(askedSentenceConfidence >= 0)) {
            throw new IllegalArgumentException(
                    "askedSentenceConfidence must not be negative, got " + askedSentenceConfidence);
        }
    }

    /** Bars without the asked sentence of a longer message. */
    public Thresholds(
            double answer, double suggest, double margin, double bigramWeight, double scoreWeight, int maxChoices,
            double rivalTolerance, FarAhead farAhead, double wordingLead) {
        this(answer, suggest, margin, bigramWeight, scoreWeight, maxChoices, rivalTolerance, farAhead, wordingLead,
                Double.POSITIVE_INFINITY);
    }

    /** Bars without the tie-break on wording. */
    public Thresholds(
            double answer, double suggest, double margin, double bigramWeight, double scoreWeight, int maxChoices,
            double rivalTolerance, FarAhead farAhead) {
        this(answer, suggest, margin, bigramWeight, scoreWeight, maxChoices, rivalTolerance, farAhead,
                Double.POSITIVE_INFINITY);
    }

    /** Bars without the second way to an answer. */
    public Thresholds(
            double answer, double suggest, double margin, double bigramWeight, double scoreWeight, int maxChoices,
            double rivalTolerance) {
        this(answer, suggest, margin, bigramWeight, scoreWeight, maxChoices, rivalTolerance, FarAhead.NONE);
    }

    /** Bars without the rival check (any rival is tolerated) and without the second way to an answer. */
    public Thresholds(
            double answer, double suggest, double margin, double bigramWeight, double scoreWeight, int maxChoices) {
        this(answer, suggest, margin, bigramWeight, scoreWeight, maxChoices, 1.0);
    }

    static void requireShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }

    /** The bars configured in {@code settings}. */
    public static Thresholds from(Settings settings) {
        return new Thresholds(
                settings.decimal("answer.min-confidence"),
                settings.decimal("answer.suggest-confidence"),
                settings.decimal("answer.min-margin"),
                settings.decimal("answer.bigram-weight"),
                settings.decimal("answer.score-weight"),
                settings.integer("answer.max-choices"),
                settings.decimal("answer.rival-tolerance"),
                new FarAhead(
                        settings.decimal("answer.far-ahead.min-confidence"),
                        settings.decimal("answer.far-ahead.min-self-ratio"),
                        settings.decimal("answer.far-ahead.min-lead")),
                settings.decimal("answer.min-wording-lead"),
                settings.decimal("answer.asked-sentence.min-confidence"));
    }

    /** The configured defaults. */
    public static Thresholds defaults() {
        return from(Settings.defaults());
    }

    /**
     * How sure the core is that {@code candidate} is what was asked, from 0 to 1: the share of the question's terms its
     * questions account for. For Korean, the share of Hangul bigrams can lift it by {@link #bigramWeight} of the
     * difference, so that a space inside a word or a misspelled syllable (which break morphemes but few bigrams)
     * costs less; bigrams never lower it.
     */
    public double confidence(Candidate candidate, Language language) {
        if (language == Language.EN) {
            return candidate.coverage();
        }
        return candidate.coverage() + bigramWeight * Math.max(0, candidate.bigramCoverage() - candidate.coverage());
    }

    /** The outcome for a best entry of {@code confidence} whose rank leads the second's by {@code lead}. */
    public Outcome decide(double confidence, double lead) {
        return decide(confidence, lead, 0);
    }

    /**
     * The outcome for a best entry of {@code confidence} whose rank leads the second's by {@code lead}, when the most
     * confident other entry's confidence exceeds it by {@code rivalExcess} (negative when none does). Without a self
     * ratio, only the answer bar can answer: the far-ahead way needs one.
     */
    public Outcome decide(double confidence, double lead, double rivalExcess) {
        return decide(confidence, 0, lead, rivalExcess);
    }

    /**
     * {@link #decide(double, double, double, double, double)} without the tie-break on wording (as if the second
     * entry's closest question said no more than the best's).
     */
    public Outcome decide(double confidence, double selfRatio, double lead, double rivalExcess) {
        return decide(confidence, selfRatio, lead, 0, rivalExcess);
    }

    /**
     * The outcome for a best entry of {@code confidence} whose closest question scores {@code selfRatio} of its title's
     * own score, whose rank leads the second's by {@code lead} and whose {@link Candidate#askedShare} exceeds the
     * second's by {@code askedLead}, when the most confident other entry's confidence exceeds it by
     * {@code rivalExcess} (negative when none does).
     */
    public Outcome decide(double confidence, double selfRatio, double lead, double askedLead, double rivalExcess) {
        boolean clear = confidence >= answer && (lead >= margin || askedLead >= wordingLead);
        if ((clear || farAhead.admits(confidence, selfRatio, lead)) && rivalExcess <= rivalTolerance) {
            return Outcome.ANSWER;
        }
        return confidence >= suggest ? Outcome.DID_YOU_MEAN : Outcome.DONT_KNOW;
    }

    public Thresholds withAnswer(double value) {
        return new Thresholds(value, Math.min(suggest, value), margin, bigramWeight, scoreWeight, maxChoices,
                rivalTolerance, farAhead, wordingLead, askedSentenceConfidence);
    }

    public Thresholds withSuggest(double value) {
        return new Thresholds(answer, value, margin, bigramWeight, scoreWeight, maxChoices,
                rivalTolerance, farAhead, wordingLead, askedSentenceConfidence);
    }

    public Thresholds withMargin(double value) {
        return new Thresholds(answer, suggest, value, bigramWeight, scoreWeight, maxChoices,
                rivalTolerance, farAhead, wordingLead, askedSentenceConfidence);
    }

    public Thresholds withRivalTolerance(double value) {
        return new Thresholds(answer, suggest, margin, bigramWeight, scoreWeight, maxChoices,
                value, farAhead, wordingLead, askedSentenceConfidence);
    }

    public Thresholds withFarAhead(FarAhead value) {
        return new Thresholds(answer, suggest, margin, bigramWeight, scoreWeight, maxChoices,
                rivalTolerance, value, wordingLead, askedSentenceConfidence);
    }

    public Thresholds withWordingLead(double value) {
        return new Thresholds(answer, suggest, margin, bigramWeight, scoreWeight, maxChoices,
                rivalTolerance, farAhead, value, askedSentenceConfidence);
    }

    /** These bars with another {@link #askedSentenceConfidence}. */
    public Thresholds withAskedSentenceConfidence(double value) {
        return new Thresholds(answer, suggest, margin, bigramWeight, scoreWeight, maxChoices,
                rivalTolerance, farAhead, wordingLead, value);
    }
}
