package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import java.util.List;

/**
 * An entry found for a question, with the features the confidence decision uses. Raw BM25 scores depend on the
 * question, so the features that are compared with fixed bars are relative ones.
 *
 * @param score the BM25 score of the entry's best-matching question (for ranking only)
 * @param selfRatio {@code score} divided by the score the entry's own canonical question gets as a query
 * @param coverage the share of the question's topic terms (weighted by their rarity in the knowledge; a term the
 *     knowledge never uses weighs the most) that the entry's questions contain, directly or through a synonym
 * @param bigramCoverage the same share measured on Hangul bigrams; 0 for a question without Hangul
 * @param matchedQuestion the entry's question that matched best
 * @param missing the typed terms the entry's questions do not contain
 * @param askedShare the share of {@code matchedQuestion}'s topical words the question has: under 1 when the matched
 *     question says more than was asked, as a sibling entry's question about one part of the topic does
 */
public record Candidate(
        Entry entry,
        double score,
        double selfRatio,
        double coverage,
        double bigramCoverage,
        String matchedQuestion,
        List<String> missing,
        double askedShare) {

    public Candidate {
        missing = List.copyOf(missing);
    }
}
