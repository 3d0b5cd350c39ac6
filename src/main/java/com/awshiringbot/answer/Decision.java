package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.Candidate;
import java.util.List;

/**
 * Why the core replied as it did: the ranked candidates with their features, and the outcome under the engine's
 * thresholds. {@code eval} re-decides the same question under other bars with {@link #outcomeUnder} to print the
 * threshold curve without searching again.
 *
 * @param language the question's language
 * @param candidates the best entries, best first (empty when nothing matched)
 * @param outcome the outcome under the engine's thresholds
 */
public record Decision(String question, Language language, List<Candidate> candidates, Outcome outcome) {

    public Decision {
        candidates = List.copyOf(candidates);
    }

    /** The best candidate's entry id, or null. */
    public String bestId() {
        return candidates.isEmpty() ? null : candidates.get(0).entry().id();
    }

    /** The second candidate's entry id, or null. */
    public String secondId() {
        return candidates.size() < 2 ? null : candidates.get(1).entry().id();
    }

    /** The relative lead of the best score over the second: {@code 1 - second / best}; 1 when alone, 0 when none. */
    public double lead() {
        if (candidates.isEmpty()) {
            return 0;
        }
        if (candidates.size() == 1 || candidates.get(0).score() <= 0) {
            return 1;
        }
        return 1 - candidates.get(1).score() / candidates.get(0).score();
    }

    /** The best candidate's confidence under {@code thresholds}; 0 when none. */
    public double confidence(Thresholds thresholds) {
        return candidates.isEmpty() ? 0 : thresholds.confidence(candidates.get(0), language);
    }

    /** The outcome this question would get under other bars. */
    public Outcome outcomeUnder(Thresholds thresholds) {
        return candidates.isEmpty() ? Outcome.DONT_KNOW : thresholds.decide(confidence(thresholds), lead());
    }
}
