package com.awshiringbot.telegram;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Spaces the messages the bot sends in line with Telegram's limits: about one a second to a private chat, fewer
 * to a group (chats with a negative id), and about thirty a second overall. A sender waits its turn; a chat that
 * receives many messages waits without delaying the others beyond the overall limit.
 */
final class SendLimiter {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(2);

    private final Pace overall;
    private final double chatPerSecond;
    private final double groupPerSecond;
    private final ConcurrentHashMap<Long, Pace> chats = new ConcurrentHashMap<>();
    private final AtomicLong reservations = new AtomicLong();
    private final LongSupplier clock;
    private final Sleeper sleeper;

    SendLimiter(double overallPerSecond, double chatPerSecond, double groupPerMinute) {
        this(overallPerSecond, chatPerSecond, groupPerMinute, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    /** With a clock (nanoseconds) and a way to wait of the caller's choosing: for tests. */
    SendLimiter(double overallPerSecond, double chatPerSecond, double groupPerMinute, LongSupplier clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.overall = new Pace(overallPerSecond, (int) Math.max(1, Math.round(overallPerSecond)));
        this.chatPerSecond = chatPerSecond;
        this.groupPerSecond = groupPerMinute / 60.0;
    }

    /** Waits until one more message may be sent to {@code chatId}. */
    void acquire(long chatId) throws InterruptedException {
        Pace chat = chats.computeIfAbsent(chatId, id -> new Pace(id < 0 ? groupPerSecond : chatPerSecond, 1));
        sleep(chat.reserve(clock.getAsLong()));
        sleep(overall.reserve(clock.getAsLong()));
        if (reservations.incrementAndGet() % 1024 == 0) {
            long before = clock.getAsLong() - IDLE_NANOS;
            chats.values().removeIf(pace -> pace.idleSince(before));
        }
    }

    private void sleep(long nanos) throws InterruptedException {
        if (nanos > 0) {
            sleeper.sleep(nanos);
        }
    }

    /** Waits a number of nanoseconds. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }
}
