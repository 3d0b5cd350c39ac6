package com.awshiringbot.knowledge;

import java.util.Objects;

/** A text written in Korean and in English. */
public record Bilingual(String ko, String en) {
    public Bilingual {
        Objects.requireNonNull(ko, "ko");
        Objects.requireNonNull(en, "en");
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        return language == Language.EN ? en : ko;
    }
}
