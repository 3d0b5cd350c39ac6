package com.awshiringbot.eval;

import java.util.Objects;

/**
 * A labelled question rewritten the way users mistype it.
 *
 * @param kind how it was rewritten
 * @param question the rewritten question, with the original's expected id, part and location
 * @param original the question as labelled
 */
public record Variant(Kind kind, LabelledQuestion question, String original) {

    public Variant {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(original, "original");
    }

    /** The ways a question is rewritten. */
    public enum Kind {
        /** Every space removed: {@code 루프 면접이 뭐예요} → {@code 루프면접이뭐예요}. */
        NO_SPACES("spaces removed"),
        /** A space put inside the longest Korean word: {@code 루프면접이} → {@code 루프 면접이}. */
        SPLIT_WORD("space inside a word"),
        /** A common misspelling: 워라밸/워라벨, 리더십/리더쉽, 되/돼, 예요/에요, or an ㅐ/ㅔ swap. */
        MISSPELLING("misspelling"),
        /** A Korean term swapped for its English one or back: LP/리더십 원칙, 루프/loop, STAR/스타. */
        MIXED_LANGUAGE("Korean/English mix");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** A few words for reports. */
        public String label() {
            return label;
        }
    }
}
