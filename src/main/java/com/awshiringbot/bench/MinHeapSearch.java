package com.awshiringbot.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * Finds the smallest maximum heap at which something works, by bisection over candidate sizes: it assumes that what
 * works with some heap also works with any larger one. Each probe is a child JVM, so the fewer the better.
 */
public final class MinHeapSearch {

    /**
     * The outcome of a search.
     *
     * @param smallest the smallest candidate that worked, empty when none did
     * @param tried every size tried, in order, and whether it worked
     */
    public record Result(OptionalInt smallest, Map<Integer, Boolean> tried) {
        public Result {
            tried = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tried));
        }
    }

    private MinHeapSearch() {
    }

    /**
     * Bisects {@code candidates} (ascending, in MB) for the smallest one {@code works} accepts; the largest candidate is
     * tried first so that a target that never works is found out with one probe.
     */
    public static Result smallest(List<Integer> candidates, IntPredicate works) {
        check(candidates);
        Map<Integer, Boolean> tried = new LinkedHashMap<>();
        int high = candidates.size() - 1;
        if (!probe(candidates.get(high), works, tried)) {
            return new Result(OptionalInt.empty(), tried);
        }
        int low = -1; // the largest index known to fail, -1 when none is known
        return new Result(OptionalInt.of(candidates.get(bisect(candidates, low, high, works, tried))), tried);
    }

    /**
     * The same answer from fewer probes when it is expected at {@code guess} (the last run's answer): {@code guess} is
     * tried first, then its neighbour below when it works (or above when it fails); when those two disagree the
     * answer is proven in two probes, otherwise the search goes on by bisection on the side left open.
     */
    public static Result smallest(List<Integer> candidates, int guess, IntPredicate works) {
        check(candidates);
        int at = candidates.indexOf(guess);
        if (at < 0) {
            throw new IllegalArgumentException("the guess " + guess + " is not a candidate: " + candidates);
        }
        Map<Integer, Boolean> tried = new LinkedHashMap<>();
        int low = -1; // the largest index known to fail, -1 when none is known
        int high = candidates.size(); // the smallest index known to work, size() when none is known
        if (probe(candidates.get(at), works, tried)) {
            high = at;
            if (at > 0) {
                if (probe(candidates.get(at - 1), works, tried)) {
                    high = at - 1;
                } else {
                    low = at - 1;
                }
            }
        } else {
            low = at;
            if (at + 1 < candidates.size()) {
                if (probe(candidates.get(at + 1), works, tried)) {
                    high = at + 1;
                } else {
                    low = at + 1;
                }
            }
        }
        high = bisect(candidates, low, high, works, tried);
        return new Result(high < candidates.size() ? OptionalInt.of(candidates.get(high)) : OptionalInt.empty(), tried);
    }

    private static void check(List<Integer> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("candidates must not be empty");
        }
        for (int i = 1; i < candidates.size(); i++) {
            if (candidates.get(i) <= candidates.get(i - 1)) {
                throw new IllegalArgumentException("candidates must be strictly ascending: " + candidates);
            }
        }
    }

    /** Narrows {@code low} (known to fail) and {@code high} (known to work) until they meet; returns {@code high}. */
    private static int bisect(List<Integer> candidates, int low, int high, IntPredicate works,
            Map<Integer, Boolean> tried) {
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (probe(candidates.get(middle), works, tried)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private static boolean probe(int megabytes, IntPredicate works, Map<Integer, Boolean> tried) {
        boolean ok = works.test(megabytes);
        tried.put(megabytes, ok);
        return ok;
    }
}
