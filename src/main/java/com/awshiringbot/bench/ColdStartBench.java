package com.awshiringbot.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up in fresh child JVMs: the bot as shipped, with {@link StartupProbe#BOT_PROPERTY} set so that it prints its
 * core's start-up steps, up to its first {@code getUpdates} against a local Bot API server, without and with an AppCDS
 * archive; and the core alone ({@code bench --probe-start}) for the memory figures. On JDK 17 the archive is made by
 * one run with {@code -XX:ArchiveClassesAtExit} and used with {@code -XX:SharedArchiveFile}; it needs a classpath of
 * jars only, so it is measured when running from the packaged jar.
 */
final class ColdStartBench {
    /** The key of the first {@code getUpdates} among the start-up figures. */
    static final String FIRST_POLL = "first-poll";
    static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);
    /** The archive's bot run shares the cores with the memory section: on a busy machine it is slow, not failed. */
    private static final Duration ARCHIVE_TIMEOUT = Duration.ofMinutes(3);
    /** Answering the memory questions is bounded by the core's speed, not start-up: a slow core gets its time. */
    private static final Duration MEMORY_TIMEOUT = Duration.ofMinutes(15);

    private final Path knowledgeDir;
    private final List<String> baseOptions;

    ColdStartBench(Path knowledgeDir, List<String> baseOptions) {
        this.knowledgeDir = knowledgeDir.toAbsolutePath();
        this.baseOptions = List.copyOf(baseOptions);
    }

    Path knowledgeDir() {
        return knowledgeDir;
    }

    /**
     * One {@code bench --probe-start} child: the core's start-up, then {@code questions} more answered for the memory
     * figure; {@code started} runs once the start-up line is in, so that whatever it starts does not slow that line.
     */
    ProbeRun probe(List<String> extraOptions, int questions, Runnable started) {
        List<String> args = List.of("bench", "--probe-start", "--questions", String.valueOf(questions));
        try (ChildJvm child = ChildJvm.start(options(extraOptions), args, Map.of("BOT_KNOWLEDGE_DIR", knowledgeDir.toString(),
                "BOT_INDEX_SNAPSHOT_DIR", BotProcess.INDEX_SNAPSHOTS.toString()), null)) {
            Optional<String> start = child.awaitLine(l -> l.startsWith(StartupProbe.START_LINE + " "), CHILD_TIMEOUT);
            long spawnToReady = System.nanoTime() - child.startNanos();
            if (start.isEmpty()) {
                throw failed("the start-up probe", child);
            }
            started.run();
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

    /**
     * Starts the bot with {@link StartupProbe#BOT_PROPERTY} {@code runs} times, alternating between each set of options
     * (so a machine whose load changes weighs on all of them alike); each start must print its core's start-up line,
     * poll and answer {@code question}.
     *
     * @return for each set of options, its starts in order
     */
    List<List<BotStart>> botStarts(List<List<String>> optionSets, int runs, String question) {
        List<List<BotStart>> starts = new ArrayList<>();
        optionSets.forEach(o -> starts.add(new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (int set = 0; set < optionSets.size(); set++) {
                starts.get(set).add(checked(BotStart.run(knowledgeDir, options(optionSets.get(set)), true, question,
                        CHILD_TIMEOUT)));
            }
        }
        return starts;
    }

    /** {@code start}, or an exception saying why it does not count. */
    static BotStart checked(BotStart start) {
        String failure = start.failure(true);
        if (!failure.isEmpty()) {
            throw new IllegalStateException(failure + " in the child JVM; its standard error ends with:\n" + start.stderr());
        }
        return start;
    }

    /** The median of the starts' figures, the first {@code getUpdates} included as {@code first-poll} (µs). */
    static Map<String, Long> medianOf(List<BotStart> starts) {
        return medians(starts.stream().map(start -> {
            Map<String, Long> figures = new LinkedHashMap<>(start.core());
            figures.put(FIRST_POLL, start.firstPollNanos().orElseThrow() / 1000);
            return figures;
        }).toList());
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
        // made by the command it is measured with, so that it holds the classes that command loads
        // C1 only: the archive holds classes, not compiled code, and the run is cheaper beside the memory section
        try (BotRun bot = BotRun.start(knowledgeDir, options(List.of("-XX:ArchiveClassesAtExit=" + archive,
                "-XX:TieredStopAtLevel=1")), true, Map.of())) {
            if (bot.awaitFirstPoll(ARCHIVE_TIMEOUT).isEmpty() || !bot.answers(question, ARCHIVE_TIMEOUT)) {
                throw new IllegalStateException("the bot run that makes the AppCDS archive failed; its standard error "
                        + "ends with:\n" + bot.stderrTail());
            }
            bot.stop(ARCHIVE_TIMEOUT); // the archive is written as the JVM exits
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
