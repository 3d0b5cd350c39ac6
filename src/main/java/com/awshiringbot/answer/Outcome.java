package com.awshiringbot.answer;

/** What the core decided about a question. */
public enum Outcome {
    /** The best entry is clearly right: its answer is given. */
    ANSWER("answer"),
    /** Close between entries, or just under the answer bar: up to three entries are offered as choices. */
    DID_YOU_MEAN("did_you_mean"),
    /** The knowledge does not cover the question: an honest "I don't know". */
    DONT_KNOW("dont_know");

    private final String wireName;

    Outcome(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in {@code ask --json} and the store. */
    public String wireName() {
        return wireName;
    }
}
