package com.awshiringbot.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The real bot in a child JVM with its own local Bot API server, for as long as the caller needs it: started as
 * shipped, or with {@link StartupProbe#BOT_PROPERTY} set, which is the same bot printing its core's start-up timings.
 */
final class BotRun implements AutoCloseable {
    private static final Duration POLL_SLICE = Duration.ofMillis(100);

    private final BenchBotApi api;
    private final BotProcess bot;

    private BotRun(BenchBotApi api, BotProcess bot) {
        this.api = api;
        this.bot = bot;
    }

    /**
     * Starts a server and the bot pointed at it.
     *
     * @param probe whether the bot prints its core's start-up line ({@link StartupProbe#BOT_PROPERTY})
     * @param env environment on top of the server's settings (the send limit, for instance)
     */
    static BotRun start(Path knowledgeDir, List<String> jvmOptions, boolean probe, Map<String, String> env) {
        return start(knowledgeDir, jvmOptions, probe ? 0 : -1, env);
    }

    /**
     * Starts a server and the bot pointed at it.
     *
     * @param probeQuestions -1 for the bot as shipped; otherwise it runs with {@link StartupProbe#BOT_PROPERTY} and,
     *     when this is more than 0, answers that many questions and prints the memory figures before it polls (see
     *     {@link #memoryProbe})
     */
    static BotRun start(Path knowledgeDir, List<String> jvmOptions, int probeQuestions, Map<String, String> env) {
        BenchBotApi api = BenchBotApi.start(BotProcess.TOKEN);
        try {
            List<String> options = new ArrayList<>(jvmOptions);
            if (probeQuestions >= 0) {
                options.add("-D" + StartupProbe.BOT_PROPERTY + "=" + probeQuestions);
            }
            return new BotRun(api, BotProcess.start(api, knowledgeDir, options, env));
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    BenchBotApi api() {
        return api;
    }

    /**
     * From the process start to the bot's first {@code getUpdates}, in ns; empty when it did not poll in time or
     * exited first (a heap too small ends it at once, and the heap floor should not wait out the timeout for it).
     */
    OptionalLong awaitFirstPoll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        OptionalLong first = OptionalLong.empty();
        while (first.isEmpty() && bot.child().isAlive() && System.nanoTime() < deadline) {
            first = api.awaitFirstGetUpdates(Duration.ofNanos(Math.min(POLL_SLICE.toNanos(), deadline - System.nanoTime())));
        }
        if (first.isEmpty()) {
            first = api.firstGetUpdatesNanos(); // it may have polled just before it exited
        }
        return first.isEmpty() ? first : OptionalLong.of(first.getAsLong() - bot.child().startNanos());
    }

    /** The core's start-up figures a probing bot printed (µs from JVM start); empty when there are none. */
    Map<String, Long> coreStartUp(Duration timeout) {
        Optional<String> line = bot.child().awaitLine(l -> l.startsWith(StartupProbe.START_LINE + " "), timeout);
        return line.map(StartupProbe::parse).orElse(Map.of());
    }

    /** The memory figures of a bot started with probe questions, as {@code bench --probe-start} gives them. */
    ProbeRun memoryProbe(Duration timeout) {
        Optional<String> start = bot.child().awaitLine(l -> l.startsWith(StartupProbe.START_LINE + " "), timeout);
        Optional<String> memory = bot.child().awaitLine(l -> l.startsWith(StartupProbe.MEMORY_LINE + " "), timeout);
        if (start.isEmpty() || memory.isEmpty()) {
            throw new IllegalStateException("the bot printed no memory figures; its standard error ends with:\n"
                    + stderrTail());
        }
        return new ProbeRun(StartupProbe.parse(start.get()), StartupProbe.parse(memory.get()), 0);
    }

    /** Whether the bot, asked {@code question} in Korean, replies with text and is still alive and well. */
    boolean answers(String question, Duration timeout) {
        int before = api.sent().size();
        api.offerText(1, question, "ko");
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean replied = false;
        while (!replied && bot.child().isAlive() && System.nanoTime() < deadline) {
            replied = api.awaitSent(before + 1, Duration.ofNanos(Math.min(POLL_SLICE.toNanos(),
                    deadline - System.nanoTime())));
        }
        replied = replied && !api.sent().get(before).text().isBlank();
        return replied && bot.child().isAlive() && !bot.child().stderr().contains("OutOfMemoryError");
    }

    /** The end of the bot's standard error, for failure messages. */
    String stderrTail() {
        return Benchmark.tail(bot.child().stderr());
    }

    /**
     * Stops the bot with SIGTERM and waits up to {@code timeout} for it to exit (a JVM writing an AppCDS archive as it
     * exits takes seconds on a busy machine); the server stays up until {@link #close()}.
     */
    void stop(Duration timeout) {
        bot.stop(timeout);
    }

    /** Stops the bot (SIGTERM) and the server. */
    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            api.close();
        }
    }
}
