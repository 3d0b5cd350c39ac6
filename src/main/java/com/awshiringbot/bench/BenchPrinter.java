package com.awshiringbot.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the benchmark's sections on one screen, each figure beside its target from issue 7 where it has one. */
final class BenchPrinter {
    private final PrintWriter out;
    private final BenchPlan plan;

    BenchPrinter(PrintWriter out, BenchPlan plan) {
        this.out = out;
        this.plan = plan;
    }

    void header(int cores, String jvm, String questions) {
        out.printf(Locale.ROOT, "aws-hiring-bot benchmark%s — %d cores, %s, %s %s, load average %.1f at the start%n",
                plan.quick() ? " (--quick: tiny counts, figures not meaningful)" : "", cores, jvm,
                System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load >= cores) {
            out.println("WARNING: the machine is busy (load average ≥ cores): every figure below is pessimistic");
        }
        out.println("questions: " + questions);
        out.flush();
    }

    void coldStart(ColdStartResult result) {
        out.println();
        if (result == null) {
            out.println("Cold start: failed (see the end)");
            return;
        }
        boolean cds = !result.cds().isEmpty();
        out.printf(Locale.ROOT, "Cold start (the bot in child JVMs, median of %d), ms%n", result.runs());
        line("", "no CDS", cds ? "AppCDS" : "", "");
        cell(result, "JVM start → main running", "main", cds, "");
        cell(result, "knowledge load", "knowledge", cds, "");
        cell(result, "analyzer set-up (after the knowledge)", "analyzers", cds, "");
        cell(result, Long.valueOf(1).equals(result.plain().get("index-snapshot")) ? "index (read from its snapshot)"
                : "index build", "index", cds, "");
        cell(result, "JVM start → core ready", "ready", cds, "target < 1,500 ms");
        cell(result, "process start → first getUpdates", ColdStartBench.FIRST_POLL, cds, "target < 2,000 ms");
        out.println("  AppCDS: " + result.cdsNote());
        out.flush();
    }

    void retrieval(RetrievalResult result) {
        out.println();
        if (result == null) {
            out.println("Retrieval: failed (see the end)");
            return;
        }
        out.printf(Locale.ROOT, "Retrieval (in process, after %,d warm-up questions; %,d measured)%n",
                result.warmUp(), result.latency().count());
        out.printf(Locale.ROOT, "  %-14s%s   %s%n", "all", result.latency().micros(),
                verdict(result.latency().p99() < 1_000_000, "p99 < 1 ms"));
        for (Map.Entry<BenchQuestion.Kind, LatencySummary> kind : result.byKind().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            out.printf(Locale.ROOT, "  %-14s%s%n", kind.getKey().label(), kind.getValue().micros());
        }
        out.printf(Locale.ROOT, "  throughput    1 thread %,.0f q/s   %s;  %d threads %,.0f q/s%n",
                result.perSecondOneThread(), verdict(result.perSecondOneThread() >= 5000, "≥ 5,000 q/s"),
                result.threads(), result.perSecondAllThreads());
        out.flush();
    }

    void memory(MemoryResult result) {
        out.println();
        if (result == null) {
            out.println("Memory: failed (see the end)");
            return;
        }
        out.println("Memory (the core alone in a child JVM, heap in use after a full GC)");
        out.printf(Locale.ROOT, "  after start-up %s heap + %s direct buffers   (ready in %s ms, first answer %s ms)%n",
                HeapMeter.megabytes(result.heapAfterStart()), HeapMeter.megabytes(result.directAfterStart()),
                ms(result.readyMicros()), ms(result.firstAnswerMicros()));
        out.printf(Locale.ROOT, "  after %,d questions on every core %s heap%n", result.questions(),
                HeapMeter.megabytes(result.heapAfterQuestions()));
        String tried = result.floor().tried().entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() ? " ok" : " no")).collect(Collectors.joining(", "));
        String smallest = result.floor().smallest().isPresent()
                ? "-Xmx" + result.floor().smallest().getAsInt() + "m" : "none of the sizes tried";
        boolean met = result.floor().smallest().isPresent() && result.floor().smallest().getAsInt() <= 64;
        out.printf(Locale.ROOT, "  smallest heap at which the bot starts and answers: %s   %s%n    (MB tried: %s)%n",
                smallest, plan.quick() ? "(--quick: one size only)" : verdict(met, "-Xmx64m"), tried);
        out.flush();
    }

    void endToEnd(List<EndToEndResult> results, boolean sendLimitKnown) {
        out.println();
        if (results == null) {
            out.println("End to end: failed (see the end)");
            return;
        }
        out.printf(Locale.ROOT, "End to end (the bot in a child JVM ↔ the local Bot API server, after %,d warm-up updates)%n",
                plan.e2eWarmUp());
        out.printf(Locale.ROOT, "  from an update offered to its sendMessage arriving, ms; BOT_SEND_MAX_PER_SECOND=%d%s%n",
                BenchPlan.SEND_LIMIT, sendLimitKnown ? " (raised from Telegram's 30/s, which would be the bottleneck)"
                        : " (no such setting in this build)");
        out.printf(Locale.ROOT, "  %-22s%9s%9s%9s%9s%6s%6s%n", "rate (achieved)", "p50", "p95", "p99", "max", "lost", "dup");
        for (EndToEndResult r : results) {
            LatencySummary l = r.latency();
            out.printf(Locale.ROOT, "  %-22s%9.1f%9.1f%9.1f%9.1f%6d%6d%n",
                    String.format(Locale.ROOT, "%.0f/s (%.1f), %d×%d", r.targetRate(), r.achievedRate(), r.chats(),
                            r.perChat()),
                    l.p50() / 1e6, l.p95() / 1e6, l.p99() / 1e6, l.max() / 1e6, r.lost(), r.duplicated());
        }
        results.stream().filter(r -> r.targetRate() >= 100).forEach(r -> out.printf(Locale.ROOT, "  at %.0f/s %s%n",
                r.targetRate(), verdict(r.latency().p99() < 100_000_000 && r.lost() == 0 && r.duplicated() == 0,
                        "p99 < 100 ms, none lost or duplicated")));
        out.flush();
    }

    void footer(List<String> failures, Map<String, Duration> sections, Duration total) {
        out.println();
        failures.forEach(f -> out.println("FAILED " + f));
        String parts = sections.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f s", e.getKey().toLowerCase(Locale.ROOT),
                        e.getValue().toMillis() / 1000.0))
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "total %.1f s%s%n", total.toMillis() / 1000.0, parts.isEmpty() ? "" : " (" + parts + ")");
        out.flush();
    }

    private void cell(ColdStartResult result, String label, String key, boolean cds, String target) {
        line(label, ms(result.plain().get(key)), cds ? ms(result.cds().get(key)) : "", target);
    }

    private void line(String label, String plain, String cds, String target) {
        out.println(String.format(Locale.ROOT, "  %-40s%8s%8s   %s", label, plain, cds, target).stripTrailing());
    }

    private static String ms(Long micros) {
        return micros == null ? "-" : String.format(Locale.ROOT, "%,.0f", micros / 1000.0);
    }

    private String verdict(boolean met, String target) {
        return "(target " + target + ": " + (met ? "met" : "MISSED") + ")";
    }
}
