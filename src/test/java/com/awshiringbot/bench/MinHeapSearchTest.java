package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MinHeapSearchTest {
    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 96, 128);

    @Test
    void bisectsToTheSmallestSizeThatWorks() {
        MinHeapSearch.Result result = MinHeapSearch.smallest(SIZES, mb -> mb >= 40);
        assertEquals(OptionalInt.of(48), result.smallest());
        Map<Integer, Boolean> tried = new LinkedHashMap<>();
        tried.put(128, true);
        tried.put(32, false);
        tried.put(64, true);
        tried.put(48, true);
        assertEquals(tried, result.tried());
    }

    @Test
    void findsTheSmallestCandidateWhenEverythingWorks() {
        assertEquals(OptionalInt.of(16), MinHeapSearch.smallest(SIZES, mb -> true).smallest());
    }

    @Test
    void reportsNothingAfterOneProbeWhenEvenTheLargestFails() {
        MinHeapSearch.Result result = MinHeapSearch.smallest(SIZES, mb -> false);
        assertEquals(OptionalInt.empty(), result.smallest());
        assertEquals(Map.of(128, false), result.tried());
    }

    @Test
    void aRightGuessIsProvenByItsLowerNeighbourFailing() {
        MinHeapSearch.Result result = MinHeapSearch.smallest(SIZES, 48, mb -> mb >= 40);
        assertEquals(OptionalInt.of(48), result.smallest());
        Map<Integer, Boolean> tried = new LinkedHashMap<>();
        tried.put(48, true);
        tried.put(32, false);
        assertEquals(tried, result.tried());
    }

    @Test
    void aGuessTooHighBisectsBelowIt() {
        MinHeapSearch.Result result = MinHeapSearch.smallest(SIZES, 96, mb -> mb >= 20);
        assertEquals(OptionalInt.of(24), result.smallest());
        Map<Integer, Boolean> tried = new LinkedHashMap<>();
        tried.put(96, true);
        tried.put(64, true);
        tried.put(24, true);
        tried.put(16, false);
        assertEquals(tried, result.tried());
    }

    @Test
    void aGuessTooLowTriesItsUpperNeighbourThenBisectsAbove() {
        MinHeapSearch.Result result = MinHeapSearch.smallest(SIZES, 24, mb -> mb >= 90);
        assertEquals(OptionalInt.of(96), result.smallest());
        Map<Integer, Boolean> tried = new LinkedHashMap<>();
        tried.put(24, false);
        tried.put(32, false);
        tried.put(64, false);
        tried.put(96, true);
        assertEquals(tried, result.tried());
    }

    @Test
    void aGuessFindsNothingWhenNothingWorksAndTheLargestWasTried() {
        MinHeapSearch.Result result = MinHeapSearch.smallest(SIZES, 64, mb -> false);
        assertEquals(OptionalInt.empty(), result.smallest());
        assertEquals(Boolean.FALSE, result.tried().get(128));
    }

    @Test
    void theSmallestCandidateGuessedNeedsOneProbe() {
        MinHeapSearch.Result result = MinHeapSearch.smallest(SIZES, 16, mb -> true);
        assertEquals(OptionalInt.of(16), result.smallest());
        assertEquals(Map.of(16, true), result.tried());
    }

    @Test
    void refusesCandidatesOutOfOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MinHeapSearch.smallest(List.of(64, 32), mb -> true));
        assertEquals("candidates must be strictly ascending: [64, 32]", e.getMessage());
    }
}
