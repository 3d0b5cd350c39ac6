package com.awshiringbot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Notices a chat that sends more than a set number of updates a minute. Its extra updates go unanswered until the
 * minute has passed; the first of them gets one notice, so the chat learns why.
 */
final class FloodGuard {

    /** What to do with one update from a chat. */
    enum Verdict { ANSWER, TELL_THROTTLED, IGNORE }

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int maxPerMinute;
    private final Map<Long, Window> chats = new HashMap<>();
    private long lastSweep = System.nanoTime();

    FloodGuard(int maxPerMinute) {
        this.maxPerMinute = maxPerMinute;
    }

    synchronized Verdict admit(long chatId) {
        long now = System.nanoTime();
        sweep(now);
        Window window = chats.computeIfAbsent(chatId, id -> new Window());
        while (!window.times.isEmpty() && now - window.times.peekFirst() >= WINDOW_NANOS) {
            window.times.removeFirst();
        }
        if (window.times.size() < maxPerMinute) {
            window.times.addLast(now);
            window.told = false;
            return Verdict.ANSWER;
        }
        if (window.told) {
            return Verdict.IGNORE;
        }
        window.told = true;
        return Verdict.TELL_THROTTLED;
    }

    private void sweep(long now) {
        if (now - lastSweep < WINDOW_NANOS) {
            return;
        }
        lastSweep = now;
        for (Iterator<Window> it = chats.values().iterator(); it.hasNext(); ) {
            Window window = it.next();
            if (window.times.isEmpty() || now - window.times.peekLast() >= WINDOW_NANOS) {
                it.remove();
            }
        }
    }

    private static final class Window {
        final Deque<Long> times = new ArrayDeque<>();
        boolean told;
    }
}
