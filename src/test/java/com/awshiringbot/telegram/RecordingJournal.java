package com.awshiringbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The default in-memory journal, plus what a test needs: waiting until an update is done, and failing on demand. */
final class RecordingJournal implements UpdateJournal {

    private final UpdateJournal journal = new InMemoryUpdateJournal();
    private final List<Integer> done = new ArrayList<>();
    private int failAdmits;

    synchronized void failNextAdmits(int times) {
        failAdmits = times;
    }

    /** Pretends an update was admitted by an earlier run and never finished. */
    synchronized void leftOver(Update update) {
        journal.admit(List.of(update));
    }

    @Override
    public synchronized List<Update> admit(List<Update> batch) {
        if (failAdmits > 0) {
            failAdmits--;
            throw new IllegalStateException("journal is down");
        }
        return journal.admit(batch);
    }

    @Override
    public synchronized List<Update> unfinished() {
        return journal.unfinished();
    }

    @Override
    public synchronized void done(Update update) {
        journal.done(update);
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
