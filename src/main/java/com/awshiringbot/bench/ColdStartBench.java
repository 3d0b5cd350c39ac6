package com.awshiringbot.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up in fresh child JVMs: the core ({@code bench --probe-start}) and the bot up to its first {@code getUpdates}
 * against a local Bot API server, each without and with an AppCDS archive. On JDK 17 the archive is made by one run
 * with {@code -XX:ArchiveClassesAtExit} and used with {@code -XX:SharedArchiveFile}; it needs a classpath of jars only,
 * so it is measured when running from the packaged jar.
 */
final class ColdStartBench {
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);
    /** Answering the memory questions is bounded by the core's speed, not start-up: a slow core gets its time. */
    private static final Duration MEMORY_TIMEOUT = Duration.ofMinutes(15);

    private final Path knowledgeDir;
    private final List<String> baseOptions;

    ColdStartBench(Path knowledgeDir, List<String> baseOptions) {
        this.knowledgeDir = knowledgeDir.toAbsolutePath();
        this.baseOptions = List.copyOf(baseOptions);
    }

    /** One probe child; {@code questions} more answered after start-up for the memory figure. */
    ProbeRun probe(List<String> extraOptions, int questions) {
        List<String> args = List.of("bench", "--probe-start", "--questions", String.valueOf(questions));
        try (ChildJvm child = ChildJvm.start(options(extraOptions), args, Map.of("BOT_KNOWLEDGE_DIR", knowledgeDir.toString()), null)) {
            Optional<String> start = child.awaitLine(l -> l.startsWith(StartupProbe.START_LINE + " "), CHILD_TIMEOUT);
            long spawnToReady = System.nanoTime() - child.startNanos();
            if (start.isEmpty()) {
                throw failed("the start-up probe", child);
            }
            Map<String, Long> memory = Map.of();
            if (questions > 0) {
                Optional<String> after = child.awaitLine(l -> l.startsWith(StartupProbe.MEMORY_LINE + " "), MEMORY_TIMEOUT);
                memory = StartupProbe.parse(after.orElseThrow(() -> failed("the memory probe", child)));
            }
            Optional<Integer> exit = child.awaitExit(CHILD_TIMEOUT);
            if (exit.isEmpty() || exit.get() != 0) {
                throw failed("the probe's exit", child);
            }
            return new ProbeRun(StartupProbe.parse(start.get()), memory, spawnToReady);
        }
    }

    /** Runs {@code runs} probes one after the other; the first also answers {@code questions} (0 for none). */
    List<ProbeRun> probes(List<String> extraOptions, int runs, int questions) {
        List<ProbeRun> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(probe(extraOptions, i == 0 ? questions : 0));
        }
        return all;
    }

    /**
     * Starts the bot {@code runs} times; each must poll and answer {@code question}.
     *
     * @return from process start to the first {@code getUpdates}, the median over the runs, in ns
     */
    long firstPoll(List<String> extraOptions, int runs, String question) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            BotStart start = BotStart.run(knowledgeDir, options(extraOptions), question, CHILD_TIMEOUT);
            if (start.firstPollNanos().isEmpty() || !start.answered()) {
                throw new IllegalStateException("the bot did not " + (start.firstPollNanos().isEmpty() ? "poll" : "answer")
                        + " in the child JVM; its standard error ends with:\n" + start.stderr());
            }
            times[i] = start.firstPollNanos().getAsLong();
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** Why AppCDS cannot be measured from this JVM's classpath (it takes jars only); empty when it can. */
    static Optional<String> whyNoArchive() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Files.isRegularFile(Path.of(entry))) {
                return Optional.of("not measured: the classpath has folders (" + entry + "); AppCDS needs jars — run from "
                        + "the packaged jar");
            }
        }
        return Optional.empty();
    }

    /**
     * Makes an AppCDS archive from one run of the bot that answers {@code question} and is stopped with SIGTERM (the JVM
     * writes the archive as it exits), so that the archive holds the classes of the core and of the Telegram client.
     */
    Path createArchive(Path archive, String question) {
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace " + archive, e);
        }
        try (BenchBotApi api = BenchBotApi.start(BotProcess.TOKEN);
                BotProcess bot = BotProcess.start(api, knowledgeDir,
                        options(List.of("-XX:ArchiveClassesAtExit=" + archive)), Map.of())) {
            if (api.awaitFirstGetUpdates(CHILD_TIMEOUT).isEmpty()) {
                throw failed("the bot run that makes the AppCDS archive", bot.child());
            }
            api.offerText(1, question, "ko");
            if (!api.awaitSent(1, CHILD_TIMEOUT)) {
                throw failed("the bot run that makes the AppCDS archive", bot.child());
            }
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("-XX:ArchiveClassesAtExit did not write " + archive);
        }
        return archive;
    }

    /** The median of every figure over the runs. */
    static Map<String, Long> medians(List<Map<String, Long>> runs) {
        Map<String, Long> medians = new LinkedHashMap<>();
        for (String key : runs.get(0).keySet()) {
            long[] values = runs.stream().mapToLong(r -> r.getOrDefault(key, 0L)).sorted().toArray();
            medians.put(key, values[values.length / 2]);
        }
        return medians;
    }

    private List<String> options(List<String> extra) {
        List<String> options = new ArrayList<>(baseOptions);
        options.addAll(extra);
        return options;
    }

    private static IllegalStateException failed(String what, ChildJvm child) {
        String err = child.stderr().strip();
        String tail = err.length() > 2000 ? err.substring(err.length() - 2000) : err;
        return new IllegalStateException(what + " failed in the child JVM; its standard error ends with:\n" + tail);
    }
}
