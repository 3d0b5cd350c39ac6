package com.awshiringbot.eval;

import java.util.List;

/** The labelled set cannot be used: every problem found, each naming its file and line. */
public final class LabelledSetException extends Exception {
    private final List<String> problems;

    public LabelledSetException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, each {@code file:line: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
