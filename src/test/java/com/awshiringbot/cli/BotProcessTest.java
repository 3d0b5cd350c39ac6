package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.telegram.botapi.Fault;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import com.awshiringbot.telegram.botapi.Pushed;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as a process: SIGTERM stops polling, finishes the reply in hand and exits 0 within ten seconds. */
class BotProcessTest {

    @Test
    void sigtermWhileAReplyIsInFlightDeliversItAndExitsZero(@TempDir Path dir) throws Exception {
        try (LocalBotApi api = LocalBotApi.start()) {
            File log = dir.resolve("bot.log").toFile();
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=UTF-8", "-cp", classPath(), Main.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(log);
            builder.environment().putAll(BotCommandTest.env(api.url(), dir.resolve("data")));
            Process bot = builder.start();
            try {
                api.take("getUpdates", c -> true, Duration.ofSeconds(90));
                api.faultForChat("sendMessage", 9, Fault.delay(Duration.ofMillis(1500)), 1);
                Pushed question = api.pushText(9, "루프 면접이 뭐예요?");
                api.awaitConfirmed(question.updateId());
                long signalled = System.nanoTime();
                bot.destroy();
                assertTrue(bot.waitFor(10, TimeUnit.SECONDS), "exited within 10 s");
                assertEquals(0, bot.exitValue());
                assertTrue(System.nanoTime() - signalled < TimeUnit.SECONDS.toNanos(10));
                assertEquals(List.of(200), api.calls("sendMessage").stream().map(c -> c.status()).toList());
            } finally {
                bot.destroyForcibly();
            }
            String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
            assertTrue(output.contains("INFO TelegramBot - Stopped"), output);
            assertFalse(output.contains(LocalBotApi.TOKEN), output);
        }
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
