package com.awshiringbot.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeWatcherTest {
    @TempDir
    Path dir;

    @Test
    void a_burst_of_edits_fires_once_after_the_quiet_period() throws Exception {
        Files.createDirectories(dir.resolve("entries"));
        Semaphore fired = new Semaphore(0);
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(dir, Duration.ofMillis(300), fired::release)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(dir.resolve("entries").resolve("e" + i + ".yaml"), "id: e" + i, StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("synonyms.txt"), "루프, loop", StandardCharsets.UTF_8);
            assertTrue(fired.tryAcquire(10, TimeUnit.SECONDS), "no callback");
            assertEquals(0, fired.availablePermits());
            Thread.sleep(600);
            assertEquals(0, fired.availablePermits());
        }
    }

    @Test
    void a_folder_created_after_the_start_is_watched_too() throws Exception {
        Semaphore fired = new Semaphore(0);
        try (KnowledgeWatcher watcher = KnowledgeWatcher.start(dir, Duration.ofMillis(100), fired::release)) {
            Files.createDirectories(dir.resolve("entries"));
            assertTrue(fired.tryAcquire(10, TimeUnit.SECONDS), "no callback for the new folder");
            Files.writeString(dir.resolve("entries").resolve("new.yaml"), "id: new", StandardCharsets.UTF_8);
            assertTrue(fired.tryAcquire(10, TimeUnit.SECONDS), "no callback for a file in the new folder");
        }
    }

    @Test
    void after_close_no_callback_comes() throws Exception {
        Semaphore fired = new Semaphore(0);
        KnowledgeWatcher watcher = KnowledgeWatcher.start(dir, Duration.ofMillis(50), fired::release);
        watcher.close();
        Files.writeString(dir.resolve("sources.yaml"), "x", StandardCharsets.UTF_8);
        Thread.sleep(300);
        assertEquals(0, fired.availablePermits());
    }
}
