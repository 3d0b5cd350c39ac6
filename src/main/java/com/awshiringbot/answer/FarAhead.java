package com.awshiringbot.answer;

/**
 * The second way to an answer, for a best entry far ahead of every other one that still accounts for less of the
 * question than the answer bar asks: users add words the knowledge never uses (진짜, 불안, "scared"), and those weigh
 * the most, so a right entry can be left at a confidence where out-of-scope questions also sit. What tells them apart
 * is how well the entry's closest question matches compared with its own title ({@link
 * com.awshiringbot.retrieval.Candidate#selfRatio()}): an out-of-scope question matches an entry on a word or two of
 * small weight. Set by measurement on the tuning questions, like the other bars.
 *
 * @param confidence the least confidence of the best entry
 * @param selfRatio the least score of its closest question relative to its title's own score
 * @param lead the least lead of its rank over the second entry's
 */
public record FarAhead(double confidence, double selfRatio, double lead) {
    /** Bars no entry passes: the second way shut. */
    public static final FarAhead NONE = new FarAhead(1, Double.POSITIVE_INFINITY, 1);

    public FarAhead {
        Thresholds.requireShare("farAhead.confidence", confidence);
        Thresholds.requireShare("farAhead.lead", lead);
        if (!(selfRatio >= 0)) {
            throw new IllegalArgumentException("farAhead.selfRatio must be at least 0, got " + selfRatio);
        }
    }

    /** Whether a best entry of {@code confidence} and {@code selfRatio}, {@code lead} ahead of the next, passes. */
    boolean admits(double confidence, double selfRatio, double lead) {
        return confidence >= this.confidence && selfRatio >= this.selfRatio && lead >= this.lead;
    }

    public FarAhead withConfidence(double value) {
        return new FarAhead(value, selfRatio, lead);
    }

    public FarAhead withSelfRatio(double value) {
        return new FarAhead(confidence, value, lead);
    }

    public FarAhead withLead(double value) {
        return new FarAhead(confidence, selfRatio, value);
    }
}
