package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HangulTest {

    @Test
    void swapsTheVowelAndKeepsBothConsonants() {
        assertEquals('메', Hangul.swapAeE('매'));
        assertEquals('채', Hangul.swapAeE('체'));
        assertEquals('엔', Hangul.swapAeE('앤'));
        assertEquals('밸', Hangul.swapAeE('벨'));
    }

    @Test
    void onlySyllablesWithAeOrEAreSwappable() {
        assertTrue(Hangul.hasAeOrE('래'));
        assertFalse(Hangul.hasAeOrE('라'));
        assertFalse(Hangul.hasAeOrE('ㅐ'));
        assertFalse(Hangul.hasAeOrE('e'));
        assertThrows(IllegalArgumentException.class, () -> Hangul.swapAeE('가'));
    }

    @Test
    void syllablesAreThePrecomposedBlockOnly() {
        assertTrue(Hangul.isSyllable('가'));
        assertTrue(Hangul.isSyllable('힣'));
        assertFalse(Hangul.isSyllable('ㄱ'));
        assertFalse(Hangul.isSyllable('A'));
    }
}
