package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HitsTest {
    @Test
    void theBestComeFirstHigherScoresThenLowerDocuments() {
        long[] keys = {Hits.key(1.5f, 7), Hits.key(2.0f, 9), Hits.key(1.5f, 3), Hits.key(0.25f, 1), Hits.key(2.0f, 4)};
        Hits hits = Hits.top(keys, 4);
        assertEquals(4, hits.size());
        assertEquals(List.of("4=2.0", "9=2.0", "3=1.5", "7=1.5"), read(hits, 4));
    }

    @Test
    void fewerMatchesThanAskedForAreAllHits() {
        Hits hits = Hits.top(new long[] {Hits.key(0.5f, 2), Hits.key(3f, 8)}, 100);
        assertEquals(List.of("8=3.0", "2=0.5"), read(hits, 2));
        assertEquals(0, Hits.top(new long[0], 100).size());
        assertEquals(0, Hits.top(new long[] {Hits.key(1f, 0)}, 0).size());
    }

    @Test
    void readingAPrefixGivesTheSortedPrefixAndNothingPastTheEndIsRead() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            int matches = random.nextInt(400);
            long[] keys = new long[matches];
            for (int doc = 0; doc < matches; doc++) {
                keys[doc] = Hits.key(random.nextInt(50) / 4f, doc); // many equal scores
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            int n = random.nextInt(120);
            Hits hits = Hits.top(keys, n);
            assertEquals(Math.min(n, matches), hits.size());
            int read = random.nextInt(hits.size() + 1);
            for (int i = 0; i < read; i++) {
                assertEquals((int) sorted[i], hits.doc(i));
            }
            if (read > 0) {
                assertEquals((int) sorted[0], hits.doc(0)); // an earlier hit reads again the same
            }
            assertThrows(IndexOutOfBoundsException.class, () -> hits.doc(hits.size()));
        }
    }

    private static List<String> read(Hits hits, int count) {
        List<String> read = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            read.add(hits.doc(i) + "=" + hits.score(i));
        }
        return read;
    }
}
