package com.awshiringbot.eval;

import java.util.List;

/**
 * The answer quality measured on one part of the labelled set.
 *
 * @param part {@code tune}, {@code heldout} or {@code set}
 * @param koInScope Korean in-scope questions answered with their entry
 * @param enInScope English in-scope questions answered with their entry
 * @param refusals out-of-scope questions not answered (don't know, or did you mean)
 * @param refusalsAsDidYouMean out-of-scope questions met with a did-you-mean rather than a plain don't-know
 * @param wrongConfident all questions answered with a wrong entry, or answered though out of scope
 * @param didYouMeanOffered in-scope questions met with a did-you-mean that offers their entry: not right, but not
 *     lost either
 * @param misses every question not handled right, in set order
 */
public record PartFigures(
        String part,
        Count koInScope,
        Count enInScope,
        Count refusals,
        int refusalsAsDidYouMean,
        Count wrongConfident,
        int didYouMeanOffered,
        List<Miss> misses) {

    public PartFigures {
        misses = List.copyOf(misses);
    }

    /** Korean and English in-scope questions together. */
    public Count inScope() {
        return new Count(koInScope.hits() + enInScope.hits(), koInScope.total() + enInScope.total());
    }

    /** All questions of the part. */
    public int questions() {
        return wrongConfident.total();
    }
}
