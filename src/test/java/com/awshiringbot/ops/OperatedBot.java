package com.awshiringbot.ops;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.config.Settings;
import com.awshiringbot.telegram.TelegramBot;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real bot, in this JVM, over the real core and {@link Operations} (SQLite in a temporary folder), polling a
 * {@link LocalBotApi}: for the end-to-end tests of feedback, admin commands and reload. The knowledge is a copy of
 * the {@code valid} fixture, so a test may edit it.
 */
final class OperatedBot implements AutoCloseable {
    static final Path FIXTURE = Path.of("src/test/resources/knowledge-fixtures/valid");
    static final long ADMIN_CHAT = 777;

    final LocalBotApi api;
    final Path knowledge;
    final Path data;
    final Operations ops;
    final TelegramBot bot;

    private OperatedBot(LocalBotApi api, Path knowledge, Path data, Operations ops, TelegramBot bot) {
        this.api = api;
        this.knowledge = knowledge;
        this.data = data;
        this.ops = ops;
        this.bot = bot;
    }

    static OperatedBot start(Path dir, Map<String, String> extra) throws Exception {
        Path knowledge = dir.resolve("knowledge");
        copy(FIXTURE, knowledge);
        Path data = dir.resolve("data");
        LocalBotApi api = LocalBotApi.start();
        Map<String, String> values = new HashMap<>(api.fastBotSettings());
        values.put("bot.knowledge-dir", knowledge.toString());
        values.put("bot.data-dir", data.toString());
        values.put("bot.admin-chats", Long.toString(ADMIN_CHAT));
        values.put("reload.watch", "false");
        values.putAll(extra);
        Settings settings = Settings.withOverrides(values);
        Operations ops = Operations.start(settings, LocalBotApi.BOT_ID, folder -> AnswerEngine.load(settings));
        TelegramBot bot = new TelegramBot(settings, LocalBotApi.TOKEN, ops::answerer, ops.seams());
        if (!bot.start()) {
            throw new AssertionError("the bot did not start");
        }
        return new OperatedBot(api, knowledge, data, ops, bot);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Replaces {@code from} by {@code to} in a knowledge file, failing when {@code from} is not there. */
    void edit(String file, String from, String to) {
        Path path = knowledge.resolve(file);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain " + from);
            }
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        bot.stop();
        ops.close();
        api.close();
    }
}
