package com.awshiringbot.bench;

import java.util.Objects;

/**
 * One question the benchmark sends to the core.
 *
 * @param text the question as a user would type it
 * @param kind Korean in scope, English in scope, or out of scope
 * @param expectedId the entry id the labelled set expects, or null when out of scope or unlabelled
 */
public record BenchQuestion(String text, Kind kind, String expectedId) {

    /** The three kinds of question the benchmark mixes. */
    public enum Kind {
        KOREAN("Korean"),
        ENGLISH("English"),
        OUT_OF_SCOPE("out of scope");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BenchQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** Korean when the text has any Hangul, English otherwise. */
    static Kind languageOf(String text) {
        return text.codePoints().anyMatch(BenchQuestion::isHangul) ? Kind.KOREAN : Kind.ENGLISH;
    }

    private static boolean isHangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }
}
