package com.awshiringbot.telegram.botapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/** Every call the local server answered, in order, and a way for tests to take them one by one as they arrive. */
final class CallLog {

    private final List<ApiCall> calls = new ArrayList<>();
    private final BitSet taken = new BitSet();

    synchronized void add(ApiCall call) {
        calls.add(call);
        notifyAll();
    }

    synchronized List<ApiCall> all() {
        return List.copyOf(calls);
    }

    synchronized List<ApiCall> of(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** The first call of {@code method} matching {@code which} not taken before, waiting up to {@code timeout}. */
    synchronized ApiCall take(String method, Predicate<ApiCall> which, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (int i = taken.nextClearBit(0); i < calls.size(); i = taken.nextClearBit(i + 1)) {
                ApiCall call = calls.get(i);
                if (call.method().equalsIgnoreCase(method) && which.test(call)) {
                    taken.set(i);
                    return call;
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError("No matching " + method + " call within " + timeout + "; calls so far:\n  "
                        + String.join("\n  ", calls.stream().map(ApiCall::toString).toList()));
            }
            try {
                wait(Math.max(1, remaining / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for a " + method + " call", e);
            }
        }
    }
}
