package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Language;

/**
 * The language to answer in: Korean when the question has any Hangul (a Korean sentence often carries English words
 * such as AWS or LP), English when it has Latin letters and no Hangul, Korean otherwise (most users are Korean).
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static Language detect(String text) {
        if (text == null) {
            return Language.KO;
        }
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL) {
                return Language.KO;
            }
            latin |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
        }
        return latin ? Language.EN : Language.KO;
    }
}
