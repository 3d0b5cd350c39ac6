package com.awshiringbot.knowledge;

import java.util.Locale;

/** The two languages the knowledge is written in and the bot answers in. */
public enum Language {
    KO("ko"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code: {@code ko} or {@code en}. */
    public String code() {
        return code;
    }

    /**
     * The language for a Telegram-style language code such as {@code en-US}; Korean for anything that is not
     * English, since most users are Korean.
     */
    public static Language fromCode(String languageCode) {
        if (languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return KO;
    }
}
