package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.bench.BenchPlan;
import com.awshiringbot.bench.BenchResult;
import com.awshiringbot.bench.Benchmark;
import com.awshiringbot.bench.EndToEndResult;
import com.awshiringbot.bench.LatencySummary;
import com.awshiringbot.config.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code bench --quick} over the Telegram tests' small knowledge base (so that each of its JVMs starts in a few
 * seconds) so that the benchmark cannot rot: every section is there and its figures are coherent. No speed is
 * asserted here; speed is what the full benchmark reports.
 */
class BenchSmokeTest {

    @Test
    void theQuickBenchmarkPrintsEverySectionWithCoherentFigures() throws Exception {
        StringWriter text = new StringWriter();
        Path knowledge = Path.of(BenchSmokeTest.class.getResource("/telegram-knowledge").toURI());
        Settings settings = Settings.withOverrides(Map.of("bot.knowledge-dir", knowledge.toString()));
        BenchResult result = new Benchmark(settings, BenchCommand.REAL_CORE, BenchPlan.quickRun(),
                new PrintWriter(text, true)).run();
        String report = text.toString();

        assertTrue(report.startsWith("aws-hiring-bot benchmark (--quick"), report);
        assertEquals(List.of(), result.failures(), report);
        assertTrue(report.contains(" " + Runtime.getRuntime().availableProcessors() + " cores, "), report);
        assertTrue(report.contains(System.getProperty("java.runtime.version")), report);
        for (String section : new String[] {"\nCold start (", "\nRetrieval (", "\nMemory (", "\nEnd to end (", "\ntotal "}) {
            assertTrue(report.contains(section), "section " + section.strip() + " in:\n" + report);
        }

        Map<String, Long> start = result.coldStart().plain();
        // the chains are built beside the knowledge load: what they add to the critical path may be nothing
        assertTrue(start.get("knowledge") > 0 && start.get("analyzers") >= 0 && start.get("index") > 0,
                start.toString());
        assertTrue(start.get("main") + start.get("knowledge") + start.get("analyzers") + start.get("index")
                <= start.get("ready"), start.toString());
        assertTrue(start.get("ready") < start.get("first-poll"), "the bot polls once its core is ready: " + start);

        int measured = result.retrieval().latency().count();
        assertTrue(measured > 0 && measured <= BenchPlan.quickRun().samples(), "measured " + measured);
        assertOrdered(result.retrieval().latency());
        result.retrieval().byKind().values().forEach(BenchSmokeTest::assertOrdered);
        assertEquals(3, result.retrieval().byKind().size(), "Korean, English and out-of-scope questions were asked");
        assertTrue(result.retrieval().perSecondOneThread() > 0 && result.retrieval().perSecondAllThreads() > 0);

        assertTrue(result.memory().heapAfterStart() > 0 && result.memory().heapAfterQuestions() > 0, report);
        assertTrue(result.memory().directAfterStart() > 0, "Nori's connection costs live in a direct buffer: " + report);
        assertTrue(result.memory().firstAnswerMicros() > 0 && result.memory().readyMicros() > 0, report);
        assertEquals(BenchPlan.quickRun().memoryQuestions(), result.memory().questions());
        assertEquals(OptionalInt.of(128), result.memory().floor().smallest(), "the bot started and answered with -Xmx128m");

        assertEquals(BenchPlan.quickRun().rates().size(), result.endToEnd().size());
        for (EndToEndResult run : result.endToEnd()) {
            assertEquals(0, run.lost(), report);
            assertEquals(0, run.duplicated(), report);
            assertEquals(run.updates(), run.latency().count(), report);
            assertOrdered(run.latency());
        }
    }

    private static void assertOrdered(LatencySummary latency) {
        assertTrue(latency.count() > 0, latency.toString());
        assertTrue(latency.p50() <= latency.p95() && latency.p95() <= latency.p99() && latency.p99() <= latency.max(),
                latency.toString());
    }
}
