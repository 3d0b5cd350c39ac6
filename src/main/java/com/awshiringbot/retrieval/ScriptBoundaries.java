package com.awshiringbot.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Char filters shared by the bigram and English fields: a space between Latin letters or digits and Hangul, so
 * "aws면접" is two words, and optionally no space between Hangul words, so spacing mistakes do not change bigrams.
 */
final class ScriptBoundaries {
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[\\p{IsLatin}\\p{Nd}])(?=\\p{IsHangul})|(?<=\\p{IsHangul})(?=[\\p{IsLatin}\\p{Nd}])");

    private ScriptBoundaries() {
    }

    /**
     * Whether {@link #split} would change {@code text}: the analysis can then skip the char filter, which reads the
     * whole text and runs a regular expression at every position of it.
     */
    static boolean hasBoundary(String text) {
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (previous >= 0 && isBoundary(previous, cp)) {
                return true;
            }
            previous = cp;
        }
        return false;
    }

    /** {@link #split(Reader)} on a string: a space wherever {@code BOUNDARY} matches. */
    static String split(String text) {
        StringBuilder out = null;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (previous >= 0 && isBoundary(previous, cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(' ');
            }
            if (out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            previous = cp;
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code text} without the runs of {@code \s} characters (space, tab, line breaks, form feed, vertical tab) that
     * stand between two Hangul characters, as {@code (?<=\p{IsHangul})\s+(?=\p{IsHangul})} replaced by nothing.
     */
    static String joinHangulWords(String text) {
        StringBuilder out = null;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isRegexSpace(cp) && previous >= 0 && isHangul(previous)) {
                int end = i;
                while (end < text.length() && isRegexSpace(text.charAt(end))) {
                    end++;
                }
                if (end < text.length() && isHangul(text.codePointAt(end))) {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    i = end;
                    continue;
                }
            }
            if (out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
            previous = cp;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isBoundary(int before, int after) {
        return isLatinOrDigit(before) && isHangul(after) || isHangul(before) && isLatinOrDigit(after);
    }

    /** {@code [\p{IsLatin}\p{Nd}]}. */
    private static boolean isLatinOrDigit(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** {@code \p{IsHangul}}. */
    static boolean isHangul(int cp) {
        if (cp < 0x80) {
            return false;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return true; // the syllables, nearly all the Hangul there is
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
    }

    /** {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isRegexSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }

    /** The char filter splitting Latin or digits from Hangul; none when the text has no such boundary. */
    static Reader split(Reader reader) {
        String text = readAll(reader);
        return hasBoundary(text) ? new PatternReplaceCharFilter(BOUNDARY, " ", new StringReader(text))
                : new StringReader(text);
    }

    /** All of {@code reader}: the texts analysed here are questions, answers and synonym words. */
    static String readAll(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[256];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
