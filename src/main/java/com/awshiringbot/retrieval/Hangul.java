package com.awshiringbot.retrieval;

/**
 * Arithmetic on precomposed Hangul syllables (U+AC00–U+D7A3, 21 medial vowels × 28 finals each), for the ㅐ/ㅔ
 * spelling that users swap all the time: the typo repair mends it and the evaluation's variants make it.
 */
public final class Hangul {
    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final int MEDIALS = 21;
    private static final int FINALS = 28;
    private static final int AE = 1;
    private static final int E = 5;

    private Hangul() {
    }

    /** Whether {@code c} is a precomposed Hangul syllable. */
    public static boolean isSyllable(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** Whether {@code c} is a syllable whose vowel is ㅐ or ㅔ. */
    public static boolean hasAeOrE(char c) {
        int medial = medial(c);
        return medial == AE || medial == E;
    }

    /** {@code c} with its ㅐ made ㅔ or its ㅔ made ㅐ; the initial and final consonants stay. */
    public static char swapAeE(char c) {
        if (!hasAeOrE(c)) {
            throw new IllegalArgumentException("no ㅐ or ㅔ in '" + c + "'");
        }
        int medial = medial(c);
        return (char) (c + ((medial == AE ? E : AE) - medial) * FINALS);
    }

    private static int medial(char c) {
        return isSyllable(c) ? ((c - FIRST) / FINALS) % MEDIALS : -1;
    }
}
