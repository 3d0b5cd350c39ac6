package com.awshiringbot.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** The form in which two questions count as the same: NFC, lower case, letters and digits only. */
final class QuestionKey {
    private QuestionKey() {
    }

    static String of(String question) {
        String normalized = Normalizer.normalize(question, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(normalized.length());
        normalized.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
