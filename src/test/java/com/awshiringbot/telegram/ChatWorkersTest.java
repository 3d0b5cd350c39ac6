package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatWorkersTest {

    @Test
    void oneChatsTasksRunInOrderOneAtATime() throws Exception {
        ChatWorkers workers = new ChatWorkers(4);
        List<Integer> order = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            workers.submit(7, () -> order.add(n));
        }
        assertEquals(0, workers.drain(Duration.ofSeconds(10)));
        assertEquals(java.util.stream.IntStream.range(0, 50).boxed().toList(), order);
    }

    @Test
    void aBlockedChatDoesNotBlockAnother() throws Exception {
        ChatWorkers workers = new ChatWorkers(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        workers.submit(1, () -> await(release));
        workers.submit(1, () -> { });
        workers.submit(2, otherRan::countDown);
        assertTrue(otherRan.await(10, TimeUnit.SECONDS), "chat 2 ran while chat 1 was blocked");
        release.countDown();
        assertEquals(0, workers.drain(Duration.ofSeconds(10)));
    }

    @Test
    void drainingRefusesNewTasksAndReportsWhatDidNotFinish() throws Exception {
        ChatWorkers workers = new ChatWorkers(1);
        CountDownLatch started = new CountDownLatch(1);
        workers.submit(1, () -> {
            started.countDown();
            await(new CountDownLatch(1));
        });
        workers.submit(1, () -> { });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(2, workers.drain(Duration.ZERO));
        assertThrows(RejectedExecutionException.class, () -> workers.submit(2, () -> { }));
    }

    @Test
    void aFailingTaskDoesNotStopTheChatsQueue() throws Exception {
        ChatWorkers workers = new ChatWorkers(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        workers.submit(1, () -> {
            throw new IllegalStateException("boom");
        });
        workers.submit(1, () -> ran.add("next"));
        assertEquals(0, workers.drain(Duration.ofSeconds(10)));
        assertEquals(List.of("next"), ran);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
