package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.Candidate;
import java.util.Comparator;
import java.util.List;

/**
 * A candidate with the two numbers the decision uses under some thresholds.
 *
 * @param confidence how much of the question the entry accounts for (0–1)
 * @param rank the ordering key: the confidence plus a share of the entry's BM25 score relative to the best score, so
 *     that among entries covering the question equally the closer wording wins
 */
public record Ranked(Candidate candidate, double confidence, double rank) {

    /** {@code candidates} (in BM25 order) re-ordered by rank, best first. */
    static List<Ranked> order(List<Candidate> candidates, Language language, Thresholds thresholds) {
        double best = candidates.stream().mapToDouble(Candidate::score).max().orElse(0);
        return candidates.stream()
                .map(c -> {
                    double confidence = thresholds.confidence(c, language);
                    double relative = best > 0 ? c.score() / best : 0;
                    return new Ranked(c, confidence, confidence + thresholds.scoreWeight() * relative);
                })
                .sorted(Comparator.comparingDouble(Ranked::rank).reversed())
                .toList();
    }
}
