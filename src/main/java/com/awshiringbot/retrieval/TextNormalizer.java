package com.awshiringbot.retrieval;

import java.text.Normalizer;

/**
 * Cleans text before analysis, the same way for the knowledge and for users' questions: Unicode NFC (so Hangul typed
 * as separate jamo by some keyboards matches), full-width ASCII to half-width, typographic apostrophes to ', and the
 * noise of chat stripped — standalone jamo runs such as ㅋㅋ or ㅠㅠ, emoji and other pictographs, control and format
 * characters.
 * Whitespace runs become one space.
 */
public final class TextNormalizer {
    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final int IDEOGRAPHIC_SPACE = 0x3000;
    private static final int LEFT_SINGLE_QUOTE = 0x2018;
    private static final int RIGHT_SINGLE_QUOTE = 0x2019;
    private static final int COMPATIBILITY_JAMO_FIRST = 0x3131;
    private static final int COMPATIBILITY_JAMO_LAST = 0x318E;

    private TextNormalizer() {
    }

    /** Normalises all of {@code text}; null gives the empty string. */
    public static String normalize(String text) {
        return normalize(text, Integer.MAX_VALUE);
    }

    /**
     * Normalises at most the first {@code maxChars} characters of {@code text} (never splitting a surrogate pair),
     * so that a 10,000-character message costs no more than a long question.
     */
    public static String normalize(String text, int maxChars) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String head = text;
        if (text.length() > maxChars) {
            int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
            head = text.substring(0, end);
        }
        String composed = Normalizer.normalize(head, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            int mapped = map(cp);
            if (mapped == ' ') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(mapped);
        }
        return out.toString();
    }

    /** The code point to keep, or a space for a separator or anything stripped. */
    private static int map(int cp) {
        if (cp >= FULL_WIDTH_FIRST && cp <= FULL_WIDTH_LAST) {
            return cp - FULL_WIDTH_OFFSET;
        }
        if (cp == LEFT_SINGLE_QUOTE || cp == RIGHT_SINGLE_QUOTE) {
            return '\''; // phones type I’ve and don’t with the typographic apostrophe
        }
        if (cp == IDEOGRAPHIC_SPACE || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return ' ';
        }
        if (cp >= COMPATIBILITY_JAMO_FIRST && cp <= COMPATIBILITY_JAMO_LAST) {
            return ' ';
        }
        return isNoise(cp) ? ' ' : cp;
    }

    private static boolean isNoise(int cp) {
        if (cp < 0x80) {
            return Character.isISOControl(cp);
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE01EF)) {
            return true; // variation selectors and tags, the invisible parts of emoji sequences
        }
        switch (Character.getType(cp)) {
            case Character.OTHER_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.CONTROL:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
                return true;
            default:
                return false;
        }
    }
}
