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
        settings.putAll(api.fastBotSettings());
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
