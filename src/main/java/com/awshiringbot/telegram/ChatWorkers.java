package com.awshiringbot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a pool of threads, one chat at a time: tasks with the same key run in the order submitted, one
 * after another; tasks of different keys run in parallel. So a slow chat holds up only itself.
 */
final class ChatWorkers {

    private static final Logger log = LoggerFactory.getLogger(ChatWorkers.class);

    private final ExecutorService pool;
    private final Map<Long, Deque<Runnable>> queues = new HashMap<>();
    private int unfinished;
    private boolean closed;

    ChatWorkers(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "telegram-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    /** Queues {@code task} behind the earlier tasks of {@code key}; refused once {@link #drain} has begun. */
    void submit(long key, Runnable task) {
        synchronized (this) {
            if (closed) {
                throw new RejectedExecutionException("The workers are shutting down");
            }
            unfinished++;
            Deque<Runnable> queue = queues.get(key);
            if (queue != null) {
                queue.addLast(task);
                return;
            }
            queue = new ArrayDeque<>();
            queue.addLast(task);
            queues.put(key, queue);
        }
        pool.execute(() -> runQueue(key));
    }

    private void runQueue(long key) {
        while (true) {
            Runnable task;
            synchronized (this) {
                Deque<Runnable> queue = queues.get(key);
                task = queue.peekFirst();
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                log.error("A task failed: {}", e.toString());
            } finally {
                synchronized (this) {
                    Deque<Runnable> queue = queues.get(key);
                    queue.removeFirst();
                    unfinished--;
                    notifyAll();
                    if (queue.isEmpty()) {
                        queues.remove(key);
                        return;
                    }
                }
            }
        }
    }

    /** Tasks submitted and not finished. */
    synchronized int unfinished() {
        return unfinished;
    }

    /**
     * Refuses new tasks and waits up to {@code grace} for the queued ones to finish; then interrupts what is still
     * running. Returns how many tasks had not finished within the grace.
     */
    int drain(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        int left;
        synchronized (this) {
            closed = true;
            while (unfinished > 0) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(this, remaining);
            }
            left = unfinished;
        }
        pool.shutdownNow();
        pool.awaitTermination(1, TimeUnit.SECONDS);
        return left;
    }
}
