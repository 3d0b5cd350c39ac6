package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BenchPrinterTest {
    private final StringWriter text = new StringWriter();
    private final BenchPrinter printer = new BenchPrinter(new PrintWriter(text, true), BenchPlan.full());

    @Test
    void coldStartIsATableOfBothColumnsWithTheTargets() {
        Map<String, Long> plain = Map.of("main", 95_000L, "knowledge", 180_000L, "analyzers", 420_000L,
                "index", 310_000L, "ready", 1_030_000L, "first-poll", 1_650_000L);
        Map<String, Long> cds = Map.of("main", 60_000L, "knowledge", 120_000L, "analyzers", 300_000L,
                "index", 250_000L, "ready", 750_000L, "first-poll", 1_210_000L);
        printer.coldStart(new ColdStartResult(5, plain, cds, "archive written by one bot run"));

        assertEquals("""

                Cold start (the bot in child JVMs, median of 5), ms
                                                            no CDS  AppCDS
                  JVM start → main running                      95      60
                  knowledge load                               180     120
                  analyzer set-up (after the knowledge)        420     300
                  index build                                  310     250
                  JVM start → core ready                     1,030     750   target < 1,500 ms
                  process start → first getUpdates           1,650   1,210   target < 2,000 ms
                  AppCDS: archive written by one bot run
                """, text.toString());
    }

    @Test
    void retrievalGivesEachKindAndBothThroughputs() {
        Map<BenchQuestion.Kind, LatencySummary> byKind = new LinkedHashMap<>();
        byKind.put(BenchQuestion.Kind.OUT_OF_SCOPE, new LatencySummary(10, 30_000, 40_000, 50_000, 60_000));
        byKind.put(BenchQuestion.Kind.KOREAN, new LatencySummary(10, 80_000, 90_000, 700_000, 1_500_000));
        printer.retrieval(new RetrievalResult(20_000, new LatencySummary(20, 50_000, 90_000, 700_000, 1_500_000), byKind,
                6_123.4, 2, 11_000));

        assertEquals("""

                Retrieval (in process, after 20,000 warm-up questions; 20 measured)
                  all           p50 50.0 / p99 700.0 / max 1,500.0 µs   (target p99 < 1 ms: met)
                  Korean        p50 80.0 / p99 700.0 / max 1,500.0 µs
                  out of scope  p50 30.0 / p99 50.0 / max 60.0 µs
                  throughput    1 thread 6,123 q/s   (target ≥ 5,000 q/s: met);  2 threads 11,000 q/s
                """, text.toString());
    }

    @Test
    void memoryShowsTheHeapAndEverySizeTried() {
        Map<Integer, Boolean> tried = new LinkedHashMap<>();
        tried.put(128, true);
        tried.put(48, false);
        tried.put(64, true);
        printer.memory(new MemoryResult(1_234_000, 56_000, 30L << 20, 27L << 20, 100_000, 31L << 20,
                new MinHeapSearch.Result(OptionalInt.of(64), tried)));

        assertEquals("""

                Memory (the core alone in a child JVM, heap in use after a full GC)
                  after start-up 30.0 MB heap + 27.0 MB direct buffers   (ready in 1,234 ms, first answer 56 ms)
                  after 100,000 questions on every core 31.0 MB heap
                  smallest heap at which the bot starts and answers: -Xmx64m   (target -Xmx64m: met)
                    (MB tried: 128 ok, 48 no, 64 ok)
                """, text.toString());
    }

    @Test
    void endToEndIsATableWithTheVerdictAtOneHundredPerSecond() {
        printer.endToEnd(List.of(
                new EndToEndResult(25, 24.96, 200, 5, new LatencySummary(1000, 4_000_000, 8_000_000, 12_000_000,
                        30_000_000), 0, 0),
                new EndToEndResult(100, 99.5, 200, 5, new LatencySummary(1000, 5_000_000, 20_000_000, 140_000_000,
                        210_000_000), 1, 0)), true);

        assertEquals("""

                End to end (the bot in a child JVM ↔ the local Bot API server, after 1,000 warm-up updates)
                  from an update offered to its sendMessage arriving, ms; BOT_SEND_MAX_PER_SECOND=1000 (raised from \
                Telegram's 30/s, which would be the bottleneck)
                  rate (achieved)             p50      p95      p99      max  lost   dup
                  25/s (25.0), 200×5          4.0      8.0     12.0     30.0     0     0
                  100/s (99.5), 200×5         5.0     20.0    140.0    210.0     1     0
                  at 100/s (target p99 < 100 ms, none lost or duplicated: MISSED)
                """, text.toString());
    }

    @Test
    void aFailedSectionSaysSoAndTheFooterListsWhy() {
        printer.memory(null);
        Map<String, java.time.Duration> sections = new LinkedHashMap<>();
        sections.put("Cold start", java.time.Duration.ofMillis(40_200));
        sections.put("Memory", java.time.Duration.ofMillis(55_100));
        printer.footer(List.of("Memory: no start-up probe ran"), sections, java.time.Duration.ofMillis(95_400));

        assertEquals("""

                Memory: failed (see the end)

                FAILED Memory: no start-up probe ran
                total 95.4 s (cold start 40 s, memory 55 s)
                """, text.toString());
    }
}
