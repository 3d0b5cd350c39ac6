package com.awshiringbot.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One start of the real bot in a child JVM: its core's start-up figures when it was started to print them, how long
 * until its first {@code getUpdates}, and whether it then answered one question without running out of memory.
 *
 * @param core the core's start-up figures (µs from JVM start), empty for a bot that does not print them
 * @param firstPollNanos from process start to the first {@code getUpdates}; empty when it never polled
 * @param answered whether the question got a non-blank {@code sendMessage} and the bot was still alive
 * @param stderr the tail of the bot's standard error, for failure messages
 */
record BotStart(Map<String, Long> core, OptionalLong firstPollNanos, boolean answered, String stderr) {

    BotStart {
        core = Map.copyOf(core);
    }

    /** Starts the bot with {@code options}, asks {@code question} once it polls, and stops it. */
    static BotStart run(Path knowledgeDir, List<String> options, boolean probe, String question, Duration timeout) {
        return run(knowledgeDir, options, probe, Map.of(), question, timeout);
    }

    /** The same with {@code env} on top of the local server's settings (a data folder kept across starts, say). */
    static BotStart run(Path knowledgeDir, List<String> options, boolean probe, Map<String, String> env, String question,
            Duration timeout) {
        try (BotRun bot = BotRun.start(knowledgeDir, options, probe, env)) {
            return of(bot, probe, question, timeout);
        }
    }

    /** Measures a bot just started: its first poll, its start-up line when {@code probe}, and one answer. */
    static BotStart of(BotRun bot, boolean probe, String question, Duration timeout) {
        OptionalLong first = bot.awaitFirstPoll(timeout);
        if (first.isEmpty()) {
            return new BotStart(Map.of(), first, false, bot.stderrTail());
        }
        Map<String, Long> core = probe ? bot.coreStartUp(Duration.ofSeconds(1)) : Map.of();
        return new BotStart(core, first, bot.answers(question, timeout), bot.stderrTail());
    }

    /** Why this start does not count; empty when it does. */
    String failure(boolean probe) {
        if (firstPollNanos.isEmpty()) {
            return "the bot did not poll";
        }
        if (probe && core.isEmpty()) {
            return "the bot did not print its start-up line";
        }
        return answered ? "" : "the bot did not answer";
    }
}
