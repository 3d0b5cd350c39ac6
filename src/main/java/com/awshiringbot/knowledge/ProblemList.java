package com.awshiringbot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of a load; reported all at once, in file and line order. */
final class ProblemList {
    private final List<Problem> problems = new ArrayList<>();

    void add(String file, int line, String entryId, String message) {
        problems.add(new Problem(file, line, entryId, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return sorted;
    }
}
