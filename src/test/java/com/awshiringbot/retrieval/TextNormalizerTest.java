package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void decomposedHangulIsComposed() {
        assertEquals("면접", TextNormalizer.normalize("\u1106\u1167\u11AB\u110C\u1165\u11B8"));
    }

    @Test
    void fullWidthFormsBecomeAscii() {
        assertEquals("AWS 면접?", TextNormalizer.normalize("ＡＷＳ\u3000면접？"));
    }

    @Test
    void typographicApostrophesBecomePlain() {
        assertEquals("I've got a loop, what's 'Day 1'?", TextNormalizer.normalize("I’ve got a loop, what’s ‘Day 1’?"));
    }

    @Test
    void laughterCryingAndEmojiAreStripped() {
        assertEquals("면접 붙었어요", TextNormalizer.normalize("면접 붙었어요ㅋㅋㅋㅋ 😀👨‍👩‍👧 ㅠㅠ"));
        assertEquals("영어 면접", TextNormalizer.normalize("영어❤️면접"));
        assertEquals("", TextNormalizer.normalize("🎉🎉 ㅎㅎ"));
    }

    @Test
    void controlCharactersAndWhitespaceRunsBecomeOneSpace() {
        assertEquals("루프 면접", TextNormalizer.normalize("  루프\t\n\u200B\u0000면접  "));
    }

    @Test
    void nullAndEmptyGiveEmpty() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize(""));
    }

    @Test
    void longTextIsCutWithoutSplittingASurrogatePair() {
        assertEquals("ab", TextNormalizer.normalize("abc", 2));
        assertEquals("a", TextNormalizer.normalize("a😀b", 2));
        assertEquals(500, TextNormalizer.normalize("가".repeat(10_000), 500).length());
    }
}
