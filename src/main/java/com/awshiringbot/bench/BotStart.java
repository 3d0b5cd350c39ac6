package com.awshiringbot.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One start of the real bot in a child JVM against its own local Bot API server: how long until its first
 * {@code getUpdates}, and whether it then answered one question without running out of memory.
 *
 * @param firstPollNanos from process start to the first {@code getUpdates}; empty when it never polled
 * @param answered whether the question got a non-blank {@code sendMessage} and the bot was still alive
 * @param stderr the tail of the bot's standard error, for failure messages
 */
record BotStart(OptionalLong firstPollNanos, boolean answered, String stderr) {

    /** Starts the bot with {@code options}, asks {@code question} once it polls, and stops it. */
    static BotStart run(Path knowledgeDir, List<String> options, String question, Duration timeout) {
        try (BenchBotApi api = BenchBotApi.start(BotProcess.TOKEN);
                BotProcess bot = BotProcess.start(api, knowledgeDir, options, Map.of())) {
            OptionalLong first = api.awaitFirstGetUpdates(timeout);
            if (first.isEmpty()) {
                return new BotStart(OptionalLong.empty(), false, Benchmark.tail(bot.child().stderr()));
            }
            api.offerText(1, question, "ko");
            boolean replied = api.awaitSent(1, timeout) && !api.sent().get(0).text().isBlank();
            boolean healthy = bot.child().awaitExit(Duration.ZERO).isEmpty()
                    && !bot.child().stderr().contains("OutOfMemoryError");
            return new BotStart(OptionalLong.of(first.getAsLong() - bot.child().startNanos()), replied && healthy,
                    Benchmark.tail(bot.child().stderr()));
        }
    }
}
