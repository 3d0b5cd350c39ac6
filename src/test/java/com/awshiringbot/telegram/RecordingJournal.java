package com.awshiringbot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.objects.Update;

/** An in-memory journal that lets a test wait until an update is done, and can be told to fail. */
final class RecordingJournal implements UpdateJournal {

    private final Map<Integer, Update> unfinished = new LinkedHashMap<>();
    private final List<Integer> seen = new ArrayList<>();
    private final List<Integer> done = new ArrayList<>();
    private int failAdmits;

    synchronized void failNextAdmits(int times) {
        failAdmits = times;
    }

    /** Pretends an update was admitted by an earlier run and never finished. */
    synchronized void leftOver(Update update) {
        seen.add(update.getUpdateId());
        unfinished.put(update.getUpdateId(), update);
    }

    @Override
    public synchronized List<Update> admit(List<Update> batch) {
        if (failAdmits > 0) {
            failAdmits--;
            throw new IllegalStateException("journal is down");
        }
        List<Update> fresh = new ArrayList<>();
        for (Update update : batch) {
            if (!seen.contains(update.getUpdateId())) {
                seen.add(update.getUpdateId());
                unfinished.put(update.getUpdateId(), update);
                fresh.add(update);
            }
        }
        return fresh;
    }

    @Override
    public synchronized List<Update> unfinished() {
        return List.copyOf(unfinished.values());
    }

    @Override
    public synchronized void done(Update update) {
        unfinished.remove(update.getUpdateId());
        done.add(update.getUpdateId());
        notifyAll();
    }

    synchronized boolean isDone(int updateId) {
        return done.contains(updateId);
    }

    /** Waits until every one of {@code updateIds} is done; fails after ten seconds. */
    synchronized void awaitDone(int... updateIds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (int id : updateIds) {
            while (!done.contains(id)) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("Update " + id + " not done; done so far: " + done);
                }
                TimeUnit.NANOSECONDS.timedWait(this, remaining);
            }
        }
    }
}
