package com.awshiringbot.telegram;

import com.awshiringbot.config.ConfigException;
import com.awshiringbot.config.Settings;
import java.time.Duration;

/** The adapter's settings, read from {@link Settings} and checked at start-up, naming the key when out of range. */
record BotSettings(
        Duration pollTimeout,
        Duration readTimeoutMargin,
        Duration sendTimeout,
        int workers,
        int sendAttempts,
        Duration retryInitial,
        Duration retryMax,
        Duration maxRetryAfter,
        Duration shutdownGrace,
        double sendMaxPerSecond,
        double sendPerChatPerSecond,
        double sendPerGroupPerMinute,
        int floodMaxPerMinute,
        int maxQuestionChars) {

    static BotSettings from(Settings s) {
        return new BotSettings(
                Duration.ofSeconds(range(s, "telegram.poll-timeout-seconds", 0, 50)),
                Duration.ofSeconds(range(s, "telegram.read-timeout-margin-seconds", 1, 300)),
                Duration.ofSeconds(range(s, "telegram.send-timeout-seconds", 1, 300)),
                range(s, "telegram.workers", 1, 512),
                range(s, "telegram.send-attempts", 1, 20),
                Duration.ofMillis(range(s, "telegram.retry-initial-millis", 1, 60_000)),
                Duration.ofMillis(range(s, "telegram.retry-max-millis", 1, 600_000)),
                Duration.ofSeconds(range(s, "telegram.max-retry-after-seconds", 1, 3600)),
                Duration.ofSeconds(range(s, "telegram.shutdown-grace-seconds", 0, 60)),
                positive(s, "bot.send-max-per-second"),
                positive(s, "bot.send-per-chat-per-second"),
                positive(s, "bot.send-per-group-per-minute"),
                range(s, "bot.flood-max-per-minute", 1, 100_000),
                range(s, "bot.max-question-chars", 1, 4000));
    }

    private static int range(Settings settings, String key, int min, int max) {
        int value = settings.integer(key);
        if (value < min || value > max) {
            throw new ConfigException("Setting '" + key + "' must be between " + min + " and " + max + ", but is " + value);
        }
        return value;
    }

    private static double positive(Settings settings, String key) {
        double value = settings.decimal(key);
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ConfigException("Setting '" + key + "' must be a positive number, but is " + value);
        }
        return value;
    }
}
