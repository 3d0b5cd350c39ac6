package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A local Bot API server and the real bot polling it, with settings that keep tests fast. */
final class BotHarness implements AutoCloseable {

    final LocalBotApi api;
    final RecordingJournal journal = new RecordingJournal();
    final Map<String, String> settings = new HashMap<>();
    BotSeams seams;
    TelegramBot bot;

    BotHarness() {
        this(LocalBotApi.start());
    }

    BotHarness(LocalBotApi api) {
        this.api = api;
        settings.put("telegram.api-url", api.url());
        settings.put("telegram.poll-timeout-seconds", "1");
        settings.put("telegram.read-timeout-margin-seconds", "2");
        settings.put("telegram.send-timeout-seconds", "3");
        settings.put("telegram.retry-initial-millis", "20");
        settings.put("telegram.retry-max-millis", "100");
        settings.put("telegram.shutdown-grace-seconds", "5");
        settings.put("bot.send-max-per-second", "1000");
        settings.put("bot.send-per-chat-per-second", "1000");
        settings.put("bot.send-per-group-per-minute", "60000");
        seams = BotSeams.defaults().withJournal(journal);
    }

    BotHarness set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /** Starts the bot over {@code core} with {@link LocalBotApi#TOKEN}; returns once it polls. */
    BotHarness start(Answerer core) throws Exception {
        return start(() -> core, LocalBotApi.TOKEN);
    }

    BotHarness start(Supplier<Answerer> core, String token) throws Exception {
        bot = new TelegramBot(Settings.withOverrides(settings), token, core, seams);
        if (!bot.start()) {
            throw new AssertionError("The bot did not start");
        }
        return this;
    }

    @Override
    public void close() {
        if (bot != null) {
            bot.stop();
        }
        api.close();
    }
}
