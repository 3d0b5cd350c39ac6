package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
    private final List<Integer> computed = new ArrayList<>();
    private final BoundedMemo<Integer, String> memo = new BoundedMemo<>(3, key -> {
        computed.add(key);
        return "v" + key;
    });

    @Test
    void aKeyIsComputedOnceWhileRemembered() {
        assertEquals("v1", memo.get(1));
        assertEquals("v1", memo.get(1));
        assertEquals("v2", memo.get(2));
        assertEquals("v1", memo.get(1));
        assertEquals(List.of(1, 2), computed);
    }

    @Test
    void aRecurringKeyStaysRememberedAmongManyOthers() {
        memo.get(0);
        for (int other = 1; other <= 100; other++) {
            memo.get(other);
            assertEquals("v0", memo.get(0));
        }
        assertEquals(101, computed.size());
        assertEquals(0, computed.get(0));
        assertEquals(1, computed.stream().filter(key -> key == 0).count());
    }

    @Test
    void keysNotUsedForTwoGenerationsAreForgottenAndComputedAgain() {
        for (int key = 1; key <= 9; key++) {
            memo.get(key);
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), computed);
        assertEquals(3, memo.size()); // 7, 8, 9 after the third turn; 1 to 6 dropped
        assertEquals("v1", memo.get(1));
        assertEquals("v9", memo.get(9));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 1), computed);
    }

    @Test
    void aCapacityUnderOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<Integer, Integer>(0, key -> key));
    }
}
