package com.awshiringbot.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadingAnswererTest {
    @TempDir
    Path dir;

    @Test
    void a_valid_edit_is_swapped_in_and_reported() throws Exception {
        FakeCore.write(dir, "v1 2");
        try (ReloadingAnswerer answerer = ReloadingAnswerer.start(dir, FakeCore.factory(0))) {
            assertEquals("v1", answerer.answer("q").text());
            FakeCore.write(dir, "v2 5");
            ReloadResult result = answerer.reload();
            assertTrue(result.applied());
            assertTrue(result.message().matches("Knowledge reloaded: 5 entries \\(was 2\\) in \\d+ ms"), result.message());
            assertEquals("v2", answerer.answer("q").text());
            assertEquals("v2", answerer.open("e1", com.awshiringbot.knowledge.Language.EN).orElseThrow().text());
            assertEquals(5, answerer.knowledge().entries().size());
        }
    }

    @Test
    void a_broken_edit_is_refused_with_its_report_and_the_old_core_keeps_serving() throws Exception {
        FakeCore.write(dir, "v1 2");
        try (ReloadingAnswerer answerer = ReloadingAnswerer.start(dir, FakeCore.factory(0))) {
            FakeCore.write(dir, "broken: knowledge/entries/faq.yaml:3: entry 'loop': field 'answer.ko' is empty");
            ReloadResult result = answerer.reload();
            assertEquals(new ReloadResult(false, "Knowledge reload refused; the previous knowledge keeps serving.\n"
                    + "knowledge/entries/faq.yaml:3: entry 'loop': field 'answer.ko' is empty"), result);
            assertEquals("v1", answerer.answer("q").text());
            assertEquals(2, answerer.knowledge().entries().size());
        }
    }

    @Test
    void a_broken_folder_at_start_up_fails_the_start() throws Exception {
        FakeCore.write(dir, "broken: sources.yaml: missing");
        Exception e = assertThrows(Exception.class, () -> ReloadingAnswerer.start(dir, FakeCore.factory(0)));
        assertEquals("sources.yaml: missing", e.getMessage());
    }

    @Test
    void under_traffic_every_question_is_answered_by_a_complete_core_old_or_new() throws Exception {
        FakeCore.write(dir, "v1 1");
        try (ReloadingAnswerer answerer = ReloadingAnswerer.start(dir, FakeCore.factory(50))) {
            Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch running = new CountDownLatch(4);
            List<Thread> askers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread asker = new Thread(() -> {
                    running.countDown();
                    while (!stop.get()) {
                        seen.computeIfAbsent(answerer.answer("q").text(), k -> new AtomicInteger()).incrementAndGet();
                    }
                });
                asker.start();
                askers.add(asker);
            }
            running.await();
            for (int version = 2; version <= 6; version++) {
                FakeCore.write(dir, "v" + version + " " + version);
                assertTrue(answerer.reload().applied());
                // Right after the swap, no thread can get an older core.
                assertEquals("v" + version, answerer.answer("q").text());
            }
            stop.set(true);
            for (Thread asker : askers) {
                asker.join();
            }
            assertFalse(seen.containsKey("HALF-BUILT"), seen.toString());
            assertTrue(seen.keySet().stream().allMatch(v -> v.matches("v[1-6]")), seen.toString());
        }
    }

    @Test
    void reload_requests_made_while_one_waits_are_folded_into_it() throws Exception {
        FakeCore.write(dir, "v1 1");
        try (ReloadingAnswerer answerer = ReloadingAnswerer.start(dir, FakeCore.factory(200))) {
            int before = FakeCore.builds.get();
            // The first request starts a 200 ms build; the next ten, made meanwhile, fold into one more.
            answerer.reloadLater();
            Thread.sleep(50);
            FakeCore.write(dir, "v2 1");
            for (int i = 0; i < 10; i++) {
                answerer.reloadLater();
            }
            for (int i = 0; i < 500 && !"v2".equals(answerer.answer("q").text()); i++) {
                Thread.sleep(10);
            }
            Thread.sleep(400);
            assertEquals("v2", answerer.answer("q").text());
            int builds = FakeCore.builds.get() - before;
            assertTrue(builds == 1 || builds == 2, "builds: " + builds);
        }
    }
}
