package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloodGuardTest {

    @Test
    void aChatOverTheLimitIsToldOnceThenIgnoredWhileOthersGoOn() {
        FloodGuard guard = new FloodGuard(3);
        List<FloodGuard.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            verdicts.add(guard.admit(1));
        }
        assertEquals(List.of(FloodGuard.Verdict.ANSWER, FloodGuard.Verdict.ANSWER, FloodGuard.Verdict.ANSWER,
                FloodGuard.Verdict.TELL_THROTTLED, FloodGuard.Verdict.IGNORE, FloodGuard.Verdict.IGNORE), verdicts);
        assertEquals(FloodGuard.Verdict.ANSWER, guard.admit(2));
    }
}
