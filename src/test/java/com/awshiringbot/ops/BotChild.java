package com.awshiringbot.ops;

import com.awshiringbot.config.Settings;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The bot as a real process: {@code java -cp <test classpath> com.awshiringbot.cli.Main} with the token of
 * {@link LocalBotApi}, pointed at it, with its state in {@code data} and its output in a log file.
 */
final class BotChild {
    private final Process process;
    private final Path log;

    private BotChild(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static BotChild start(LocalBotApi api, Path data, Path log) throws IOException {
        // C1 only and the serial collector: the child starts in about half the time, and these tests measure no speed.
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(), "com.awshiringbot.cli.Main");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove("BOT_CONFIG");
        env.put("TELEGRAM_BOT_TOKEN", LocalBotApi.TOKEN);
        api.fastBotSettings().forEach((key, value) -> env.put(Settings.environmentName(key), value));
        env.put("BOT_KNOWLEDGE_DIR", OperatedBot.FIXTURE.toAbsolutePath().toString());
        env.put("BOT_DATA_DIR", data.toString());
        env.put("RELOAD_WATCH", "false");
        return new BotChild(builder.start(), log);
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    Process process() {
        return process;
    }

    /** What the bot wrote so far (standard output and error). */
    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
