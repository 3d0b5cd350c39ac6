package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

/** The string forms of the char filters against the char filters themselves. */
class ScriptBoundariesTest {
    /** The char filter the bigram field joined Hangul words with, before it did so on a string. */
    private static final Pattern SPACE_BETWEEN_HANGUL = Pattern.compile("(?<=\\p{IsHangul})\\s+(?=\\p{IsHangul})");
    private static final String[] PIECES = {
        "면접", "가", " ", "  ", "\t", "\n", "aws", "LP", "é", "3", "٣", "?", "-", "ㅋ", "ᄀ", "한국어", "x", "2차"};

    private static String read(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[64];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static String random(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    @Test
    void splittingAStringGivesWhatTheCharFilterGives() throws IOException {
        assertEquals("aws 면접 2 차 LP 가", ScriptBoundaries.split("aws면접 2차 LP가"));
        Random random = new Random(3);
        for (int i = 0; i < 3000; i++) {
            String text = random(random);
            String filtered = read(ScriptBoundaries.split(new StringReader(text)));
            assertEquals(filtered, ScriptBoundaries.split(text), "'" + text + "'");
            assertEquals(!filtered.equals(text), ScriptBoundaries.hasBoundary(text), "'" + text + "'");
        }
    }

    @Test
    void joiningHangulWordsInAStringGivesWhatTheCharFilterGives() throws IOException {
        assertEquals("루프면접머임 aws 면접", ScriptBoundaries.joinHangulWords("루프 면접 \t머임 aws 면접"));
        Random random = new Random(5);
        for (int i = 0; i < 3000; i++) {
            String text = random(random);
            assertEquals(read(new PatternReplaceCharFilter(SPACE_BETWEEN_HANGUL, "", new StringReader(text))),
                    ScriptBoundaries.joinHangulWords(text), "'" + text + "'");
        }
    }
}
