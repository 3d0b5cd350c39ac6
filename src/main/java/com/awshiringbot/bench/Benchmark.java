package com.awshiringbot.bench;

import com.awshiringbot.config.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The whole benchmark, section by section, each printed as soon as it is measured: start-up and memory in child JVMs,
 * retrieval in this JVM, and the real bot in a child JVM against a local Bot API server. A section that fails prints
 * why and the others still run.
 */
public final class Benchmark {
    private final Settings settings;
    private final CoreStarter starter;
    private final BenchPlan plan;
    private final BenchPrinter printer;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Duration> sectionTimes = new LinkedHashMap<>();
    /** In --quick, the cold start's probe and bot double as the memory figures and the one heap size tried. */
    private ProbeRun quickMemory;
    private MinHeapSearch.Result quickFloor;

    public Benchmark(Settings settings, CoreStarter starter, BenchPlan plan, PrintWriter out) {
        this.settings = settings;
        this.starter = starter;
        this.plan = plan;
        this.printer = new BenchPrinter(out, plan);
    }

    /** Runs every section and returns what was measured. */
    public BenchResult run() throws Exception {
        long begin = System.nanoTime();
        Path knowledgeDir = settings.path("bot.knowledge-dir").toAbsolutePath();
        CoreStarter.Started core = starter.start(settings);
        QuestionSet questions = QuestionSet.load(knowledgeDir.resolve("eval"), core.answerer().knowledge(),
                QuestionSet.BUILT_IN_OUT_OF_SCOPE);
        int cores = Runtime.getRuntime().availableProcessors();
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        printer.header(cores, jvm, questions.describe());

        ColdStartBench coldStart = new ColdStartBench(knowledgeDir, List.of());
        ColdStartResult start = section("Cold start", () -> coldStart(coldStart, questions));
        printer.coldStart(start);

        RetrievalResult retrieval = section("Retrieval", () -> new RetrievalBench(core.answerer(), questions)
                .run(plan.warmUp(), plan.samples(), plan.phaseLimit(), plan.throughputTime(), cores));
        printer.retrieval(retrieval);

        MemoryResult memory = section("Memory", () -> memory(coldStart, knowledgeDir, questions));
        printer.memory(memory);

        List<EndToEndResult> endToEnd = section("End to end", () -> endToEnd(knowledgeDir, questions));
        printer.endToEnd(endToEnd, sendLimitKnown());

        Duration total = Duration.ofNanos(System.nanoTime() - begin);
        printer.footer(failures, sectionTimes, total);
        return new BenchResult(cores, jvm, questions.describe(), start, retrieval, memory, endToEnd, failures, total);
    }

    private ColdStartResult coldStart(ColdStartBench bench, QuestionSet questions) throws IOException {
        String question = koreanQuestion(questions);
        List<ProbeRun> plainRuns = bench.probes(List.of(), plan.coldStartRuns(), plan.quick() ? plan.memoryQuestions() : 0);
        Map<String, Long> plain = ColdStartBench.medians(plainRuns.stream().map(ProbeRun::start).toList());
        OptionalLong firstPollPlain;
        if (plan.quick()) {
            quickMemory = plainRuns.get(0);
            int megabytes = plan.heapCandidates().get(0);
            firstPollPlain = firstPoll(bench, HeapFloor.options(megabytes), question);
            quickFloor = new MinHeapSearch.Result(
                    firstPollPlain.isPresent() ? OptionalInt.of(megabytes) : OptionalInt.empty(),
                    Map.of(megabytes, firstPollPlain.isPresent()));
        } else {
            firstPollPlain = firstPoll(bench, List.of(), question);
        }
        Optional<String> noArchive = plan.appCds() ? ColdStartBench.whyNoArchive() : Optional.of("not measured in --quick");
        if (noArchive.isPresent()) {
            return new ColdStartResult(plan.coldStartRuns(), plain, Map.of(), noArchive.get(), firstPollPlain,
                    OptionalLong.empty());
        }
        Path dir = Files.createTempDirectory("bench-cds");
        try {
            Path archive = bench.createArchive(dir.resolve("app.jsa"), question);
            List<String> useArchive = List.of("-XX:SharedArchiveFile=" + archive);
            Map<String, Long> cds = ColdStartBench.medians(bench.probes(useArchive, plan.coldStartRuns(), 0).stream()
                    .map(ProbeRun::start).toList());
            OptionalLong firstPollCds = firstPoll(bench, useArchive, question);
            String note = "archive written by one bot run with -XX:ArchiveClassesAtExit ("
                    + HeapMeter.megabytes(Files.size(archive)) + "), used with -XX:SharedArchiveFile";
            return new ColdStartResult(plan.coldStartRuns(), plain, cds, note, firstPollPlain, firstPollCds);
        } finally {
            BotProcess.deleteQuietly(dir);
        }
    }

    /** The bot's start-up to its first poll; a bot that does not start costs this figure only, not the section. */
    private OptionalLong firstPoll(ColdStartBench bench, List<String> options, String question) {
        Long time = section("Cold start, first getUpdates", () -> bench.firstPoll(options, plan.coldStartRuns(), question));
        return time == null ? OptionalLong.empty() : OptionalLong.of(time);
    }

    private MemoryResult memory(ColdStartBench bench, Path knowledgeDir, QuestionSet questions) {
        if (plan.quick() && (quickMemory == null || quickFloor == null)) {
            throw new IllegalStateException("--quick takes the memory figures from the cold start, which failed");
        }
        ProbeRun first = plan.quick() ? quickMemory : bench.probe(List.of(), plan.memoryQuestions());
        MinHeapSearch.Result floor = plan.quick() ? quickFloor : MinHeapSearch.smallest(plan.heapCandidates(),
                new HeapFloor(knowledgeDir, koreanQuestion(questions)));
        return new MemoryResult(first.start().get("heap"), first.start().get("direct"), plan.memoryQuestions(),
                first.memory().get("heap"), floor);
    }

    private List<EndToEndResult> endToEnd(Path knowledgeDir, QuestionSet questions) {
        Map<String, String> env = Map.of("BOT_SEND_MAX_PER_SECOND", String.valueOf(BenchPlan.SEND_LIMIT));
        try (BenchBotApi api = BenchBotApi.start(BotProcess.TOKEN);
                BotProcess bot = BotProcess.start(api, knowledgeDir, List.of(), env)) {
            if (api.awaitFirstGetUpdates(Duration.ofSeconds(60)).isEmpty()) {
                throw new IllegalStateException("the bot never polled; its standard error ends with:\n"
                        + tail(bot.child().stderr()));
            }
            EndToEndBench bench = new EndToEndBench(api, questions);
            bench.run(9_000_000, plan.e2eWarmUp(), 1, 50, Duration.ofSeconds(30));
            List<EndToEndResult> results = new ArrayList<>();
            long firstChat = 1_000_000;
            for (int rate : plan.rates()) {
                results.add(bench.run(firstChat, plan.chats(), plan.perChat(), rate, Duration.ofSeconds(30)));
                firstChat += 1_000_000;
            }
            return results;
        }
    }

    private static String koreanQuestion(QuestionSet questions) {
        return questions.questions().stream()
                .filter(q -> q.kind() == BenchQuestion.Kind.KOREAN)
                .findFirst().orElse(questions.questions().get(0)).text();
    }

    /** Whether the bot reads {@code BOT_SEND_MAX_PER_SECOND} (a setting of that environment name exists). */
    private static boolean sendLimitKnown() {
        return Settings.defaults().asMap().keySet().stream()
                .anyMatch(key -> Settings.environmentName(key).equals("BOT_SEND_MAX_PER_SECOND"));
    }

    private <T> T section(String name, ThrowingSupplier<T> body) {
        long begin = System.nanoTime();
        try {
            return body.get();
        } catch (Exception e) {
            failures.add(name + ": " + e.getMessage());
            return null;
        } finally {
            if (!name.contains(",")) { // a part of a section ("Cold start, first getUpdates") is timed with it
                sectionTimes.put(name, Duration.ofNanos(System.nanoTime() - begin));
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() > 2000 ? stripped.substring(stripped.length() - 2000) : stripped;
    }
}
