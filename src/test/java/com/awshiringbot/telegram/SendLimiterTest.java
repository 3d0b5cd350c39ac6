package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The send limits, on a fake clock that moves only when the limiter waits. */
class SendLimiterTest {

    private long now = 1_000_000_000L;
    private final List<Long> waitsMillis = new ArrayList<>();

    private SendLimiter limiter(double overall, double perChat, double groupPerMinute) {
        return new SendLimiter(overall, perChat, groupPerMinute, () -> now, nanos -> {
            waitsMillis.add(TimeUnit.NANOSECONDS.toMillis(nanos));
            now += nanos;
        });
    }

    @Test
    void aPrivateChatGetsAboutOneMessageASecond() throws Exception {
        SendLimiter limiter = limiter(30, 1, 20);
        limiter.acquire(7);
        limiter.acquire(7);
        limiter.acquire(7);
        assertEquals(List.of(1000L, 1000L), waitsMillis);
    }

    @Test
    void aGroupGetsTwentyMessagesAMinute() throws Exception {
        SendLimiter limiter = limiter(30, 1, 20);
        limiter.acquire(-100);
        limiter.acquire(-100);
        assertEquals(List.of(3000L), waitsMillis);
    }

    @Test
    void differentChatsDoNotWaitForEachOtherUnderTheOverallLimit() throws Exception {
        SendLimiter limiter = limiter(30, 1, 20);
        for (long chat = 1; chat <= 30; chat++) {
            limiter.acquire(chat);
        }
        assertEquals(List.of(), waitsMillis);
    }

    @Test
    void theOverallLimitSpacesMessagesOnceItsBurstIsSpent() throws Exception {
        SendLimiter limiter = limiter(10, 1000, 60_000);
        for (long chat = 1; chat <= 12; chat++) {
            limiter.acquire(chat);
        }
        assertEquals(List.of(100L, 100L), waitsMillis);
    }

    @Test
    void aChatQuietForAWhileMayBeSentToAtOnce() throws Exception {
        SendLimiter limiter = limiter(30, 1, 20);
        limiter.acquire(7);
        now += TimeUnit.SECONDS.toNanos(5);
        limiter.acquire(7);
        assertEquals(List.of(), waitsMillis);
    }
}
