package com.awshiringbot.retrieval;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Char filters shared by the bigram and English fields: a space between Latin letters or digits and Hangul, so
 * "aws면접" is two words, and optionally no space between Hangul words, so spacing mistakes do not change bigrams.
 */
final class ScriptBoundaries {
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[\\p{IsLatin}\\p{Nd}])(?=\\p{IsHangul})|(?<=\\p{IsHangul})(?=[\\p{IsLatin}\\p{Nd}])");
    private static final Pattern SPACE_BETWEEN_HANGUL = Pattern.compile("(?<=\\p{IsHangul})\\s+(?=\\p{IsHangul})");

    private ScriptBoundaries() {
    }

    static Reader split(Reader reader) {
        return new PatternReplaceCharFilter(BOUNDARY, " ", reader);
    }

    static Reader joinHangulWords(Reader reader) {
        return new PatternReplaceCharFilter(SPACE_BETWEEN_HANGUL, "", reader);
    }
}
