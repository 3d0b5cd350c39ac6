package com.awshiringbot.bench;

import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeLoader;
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

/**
 * The whole benchmark, section by section, each printed as soon as it is measured: memory in child JVMs, start-up of
 * the bot in child JVMs, retrieval in this JVM, and the real bot in a child JVM against a local Bot API server. A
 * section that fails prints why and the others still run. What is timed runs alone; what is not runs side by side
 * during the memory section, which therefore comes first: the memory probe's questions, the heap floor's bot starts,
 * the bot run that writes the cold start's AppCDS archive, the start and warm-up of this JVM's core, and the start
 * and warm-up of the end-to-end bot. All of it has finished before the first timed section begins.
 */
public final class Benchmark {
    private static final Duration E2E_DRAIN = Duration.ofSeconds(30);
    private static final Duration BACKGROUND_WARM_UP_LIMIT = Duration.ofSeconds(90);

    private final Settings settings;
    private final CoreStarter starter;
    private final BenchPlan plan;
    private final BenchPrinter printer;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Duration> sectionTimes = new LinkedHashMap<>();

    /** What --quick's one child JVM gave for three sections. */
    private record QuickRun(ColdStartResult coldStart, MemoryResult memory, List<EndToEndResult> endToEnd) {
    }

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
        ColdStartBench children = new ColdStartBench(knowledgeDir, List.of());
        QuestionSet questions = QuestionSet.load(knowledgeDir.resolve("eval"), KnowledgeLoader.load(knowledgeDir),
                QuestionSet.BUILT_IN_OUT_OF_SCOPE);
        // this JVM's core is built and warmed up beside the memory section (--quick: beside its one child JVM)
        Background<RetrievalBench> core = new Background<>("bench-core", () -> warmedUpCore(questions));
        // --quick: nothing it prints is a meaningful figure, so its one child JVM runs beside this JVM's work
        Background<QuickRun> quick = new Background<>("bench-quick-bot", () -> quickRun(children, questions));
        if (plan.quick()) {
            quick.start();
            core.start();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        printer.header(cores, jvm, questions.describe());

        String question = koreanQuestion(questions);
        Optional<String> noArchive = plan.appCds() ? ColdStartBench.whyNoArchive() : Optional.of("not measured");
        Path cdsDir = noArchive.isPresent() ? null : Files.createTempDirectory("bench-cds");
        // the cold start's AppCDS archive is made by a bot run beside the memory section, like the warm-ups
        Background<Path> archive = new Background<>("bench-cds-archive",
                () -> children.createArchive(cdsDir.resolve("app.jsa"), question));
        Background<BotRun> e2eBot = new Background<>("bench-e2e-bot", () -> warmedUpBot(knowledgeDir, questions));
        try {
            MemoryResult memory = section("Memory", () -> {
                try {
                    return plan.quick() ? quick.join().memory()
                            : memory(children, knowledgeDir, questions, () -> {
                                core.start();
                                e2eBot.start();
                                if (cdsDir != null) {
                                    archive.start();
                                }
                            });
                } finally {
                    // nothing that works beside the memory section may still run beside the timed sections
                    settle(core, e2eBot, cdsDir != null ? archive : null);
                }
            });
            printer.memory(memory);

            ColdStartResult start = section("Cold start", () -> plan.quick() ? quick.join().coldStart()
                    : coldStart(children, question, noArchive, archive));
            printer.coldStart(start);

            RetrievalResult retrieval = section("Retrieval", () -> core.join()
                    .run(plan.warmUp(), plan.samples(), plan.phaseLimit(), plan.throughputTime(), cores));
            printer.retrieval(retrieval);

            List<EndToEndResult> endToEnd = section("End to end",
                    () -> plan.quick() ? quick.join().endToEnd() : endToEndRuns(e2eBot.join().api(), questions));
            printer.endToEnd(endToEnd, sendLimitKnown());

            Duration total = Duration.ofNanos(System.nanoTime() - begin);
            printer.footer(failures, sectionTimes, total);
            return new BenchResult(cores, jvm, questions.describe(), start, retrieval, memory, endToEnd, failures, total);
        } finally {
            if (e2eBot.started()) {
                try {
                    e2eBot.join().close();
                } catch (Exception e) {
                    // it failed to start: the end-to-end section said so
                }
            }
            if (cdsDir != null) {
                BotProcess.deleteQuietly(cdsDir);
            }
        }
    }

    /** Waits for the background work that was started (each one's failure is its own section's to report). */
    private static void settle(Background<?>... work) {
        for (Background<?> background : work) {
            if (background != null && background.started()) {
                try {
                    background.join();
                } catch (Exception e) {
                    // reported by the section that needs it
                }
            }
        }
    }

    /** This JVM's core, started as the bot starts it and warmed up for the retrieval section. */
    private RetrievalBench warmedUpCore(QuestionSet questions) {
        CoreStarter.Started core;
        try {
            core = starter.start(settings);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the core did not start: " + e.getMessage(), e);
        }
        RetrievalBench bench = new RetrievalBench(core.answerer(), questions);
        bench.warmUp(plan.warmUp(), plan.quick() ? plan.phaseLimit() : BACKGROUND_WARM_UP_LIMIT);
        return bench;
    }

    /** The bot's starts, alone, without and with the archive made beside the memory section. */
    private ColdStartResult coldStart(ColdStartBench bench, String question, Optional<String> noArchive,
            Background<Path> archiving) throws Exception {
        if (noArchive.isPresent()) {
            List<BotStart> plain = bench.botStarts(List.of(List.of()), plan.coldStartRuns(), question).get(0);
            return new ColdStartResult(plan.coldStartRuns(), ColdStartBench.medianOf(plain), Map.of(), noArchive.get());
        }
        Path archive = archiving.join();
        List<List<BotStart>> starts = bench.botStarts(
                List.of(List.of(), List.of("-XX:SharedArchiveFile=" + archive)), plan.coldStartRuns(), question);
        String note = "archive written by one bot run with -XX:ArchiveClassesAtExit ("
                + HeapMeter.megabytes(Files.size(archive)) + "), used with -XX:SharedArchiveFile; "
                + "the two columns' starts alternate";
        return new ColdStartResult(plan.coldStartRuns(), ColdStartBench.medianOf(starts.get(0)),
                ColdStartBench.medianOf(starts.get(1)), note);
    }

    /**
     * {@code --quick}'s one child JVM: the bot limited to the heap floor's one size and with the send limit raised,
     * answering the memory questions before it polls, then one question and the end-to-end runs.
     */
    private QuickRun quickRun(ColdStartBench bench, QuestionSet questions) {
        int megabytes = plan.heapCandidates().get(0);
        try (BotRun bot = BotRun.start(bench.knowledgeDir(), HeapFloor.options(megabytes), plan.memoryQuestions(),
                sendLimitEnv())) {
            ProbeRun probe = bot.memoryProbe(ColdStartBench.CHILD_TIMEOUT);
            BotStart start = ColdStartBench.checked(
                    BotStart.of(bot, true, koreanQuestion(questions), ColdStartBench.CHILD_TIMEOUT));
            ColdStartResult coldStart = new ColdStartResult(1, ColdStartBench.medianOf(List.of(start)), Map.of(),
                    "not measured in --quick, whose one bot (-Xmx" + megabytes + "m) also gives the memory figures "
                            + "and runs end to end");
            MemoryResult memory = memoryResult(probe,
                    new MinHeapSearch.Result(OptionalInt.of(megabytes), Map.of(megabytes, true)));
            warmUpEndToEnd(bot.api(), questions);
            return new QuickRun(coldStart, memory, endToEndRuns(bot.api(), questions));
        }
    }

    /**
     * The memory probe, alone until its start-up line is in; then its questions, the heap floor's bot starts and
     * {@code alongside} share the cores.
     */
    private MemoryResult memory(ColdStartBench bench, Path knowledgeDir, QuestionSet questions, Runnable alongside)
            throws Exception {
        HeapFloor heapFloor = new HeapFloor(knowledgeDir, koreanQuestion(questions));
        Background<MinHeapSearch.Result> floor = new Background<>("bench-heap-floor",
                () -> MinHeapSearch.smallest(plan.heapCandidates(), plan.heapGuess(), heapFloor));
        ProbeRun probe;
        try {
            probe = bench.probe(List.of(), plan.memoryQuestions(), () -> {
                floor.start();
                alongside.run();
            });
        } catch (RuntimeException e) {
            if (floor.started()) {
                floor.join(); // no bot of the search outlives the section
            }
            throw e;
        }
        return memoryResult(probe, floor.join());
    }

    private MemoryResult memoryResult(ProbeRun probe, MinHeapSearch.Result floor) {
        return new MemoryResult(probe.start().get("ready"), probe.start().get("first-answer"), probe.start().get("heap"),
                probe.start().get("direct"), plan.memoryQuestions(), probe.memory().get("heap"), floor);
    }

    /** The end-to-end bot, started and warmed up (the caller closes it). */
    private BotRun warmedUpBot(Path knowledgeDir, QuestionSet questions) {
        BotRun bot = BotRun.start(knowledgeDir, List.of(), false, sendLimitEnv());
        try {
            if (bot.awaitFirstPoll(Duration.ofSeconds(90)).isEmpty()) {
                throw new IllegalStateException("the bot never polled; its standard error ends with:\n" + bot.stderrTail());
            }
            warmUpEndToEnd(bot.api(), questions);
            return bot;
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
    }

    /** Updates the bot answers before the measured runs, so that they do not time its JIT compiler. */
    private void warmUpEndToEnd(BenchBotApi api, QuestionSet questions) {
        new EndToEndBench(api, questions).run(9_000_000, plan.e2eWarmUp(), 1, Math.max(50, plan.e2eWarmUp() / 10),
                E2E_DRAIN);
    }

    /** One run per rate, on a bot that polls {@code api}. */
    private List<EndToEndResult> endToEndRuns(BenchBotApi api, QuestionSet questions) {
        EndToEndBench bench = new EndToEndBench(api, questions);
        List<EndToEndResult> results = new ArrayList<>();
        long firstChat = 1_000_000;
        for (int rate : plan.rates()) {
            results.add(bench.run(firstChat, plan.chats(), plan.perChat(), rate, E2E_DRAIN));
            firstChat += 1_000_000;
        }
        return results;
    }

    private static Map<String, String> sendLimitEnv() {
        return Map.of("BOT_SEND_MAX_PER_SECOND", String.valueOf(BenchPlan.SEND_LIMIT));
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
            sectionTimes.put(name, Duration.ofNanos(System.nanoTime() - begin));
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
