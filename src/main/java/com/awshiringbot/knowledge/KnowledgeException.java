package com.awshiringbot.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base has mistakes; {@link #problems()} lists all of them, in file and line order. */
public final class KnowledgeException extends Exception {
    private final List<Problem> problems;

    public KnowledgeException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems is empty");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, at least one. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The knowledge base has " + count + ":\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
