package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import com.awshiringbot.telegram.BotSeams;
import com.awshiringbot.telegram.UpdateJournal;
import com.awshiringbot.telegram.botapi.ApiCall;
import com.awshiringbot.telegram.botapi.Fault;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import com.awshiringbot.telegram.botapi.Pushed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No subcommand with a token: the bot runs until told to stop, and a refused token ends start-up with code 1. */
class BotCommandTest {

    private final LocalBotApi api = LocalBotApi.start();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        runner.shutdownNow();
        api.close();
    }

    @TempDir
    Path data;

    /** The bot's environment for the local server at {@code url}, its state (the SQLite file) in {@code data}. */
    static Map<String, String> env(String url, Path data) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("BOT_DATA_DIR", data.toString());
        env.put("TELEGRAM_BOT_TOKEN", LocalBotApi.TOKEN);
        env.put("TELEGRAM_API_URL", url);
        env.put("TELEGRAM_POLL_TIMEOUT_SECONDS", "1");
        env.put("TELEGRAM_READ_TIMEOUT_MARGIN_SECONDS", "2");
        env.put("TELEGRAM_RETRY_INITIAL_MILLIS", "20");
        env.put("BOT_SEND_PER_CHAT_PER_SECOND", "100");
        env.put("BOT_KNOWLEDGE_DIR", knowledge().toString());
        return env;
    }

    static Path knowledge() throws Exception {
        return Path.of(BotCommandTest.class.getResource("/telegram-knowledge").toURI());
    }

    @Test
    void aRefusedTokenEndsStartUpWithCode1AndAMessageWithoutTheToken() throws Exception {
        LocalBotApi other = LocalBotApi.start("4242:a-different-token");
        try {
            Run run = Run.of(new byte[0], env(other.url(), data), settings -> AnswerEngine.load(settings));
            assertEquals(1, run.exitCode());
            assertEquals(List.of("Telegram refused the bot token (401 Unauthorized). Check TELEGRAM_BOT_TOKEN."), run.errLines());
            assertFalse(run.err().contains(LocalBotApi.TOKEN));
        } finally {
            other.close();
        }
    }

    @Test
    void aBrokenKnowledgeBaseStopsTheBotBeforeItFetchesAnyUpdate() throws Exception {
        Map<String, String> env = env(api.url(), data);
        env.put("BOT_KNOWLEDGE_DIR", "src/test/resources/knowledge-fixtures/duplicate-stage");
        api.pushText(9, "루프 면접이 뭐예요?"); // an update waiting, which the bot must not fetch

        Run run = Run.of(new byte[0], env, settings -> AnswerEngine.load(settings));

        assertEquals(2, run.exitCode());
        assertEquals(List.of("src/test/resources/knowledge-fixtures/duplicate-stage/entries/a.yaml:21: entry "
                + "'loop-interview': stage 1 is already used by entry 'technical-screen' "
                + "(src/test/resources/knowledge-fixtures/duplicate-stage/entries/a.yaml:1)",
                "1 problem in the knowledge base; fix them and run 'validate' again."), run.errLines());
        assertEquals(List.of(), api.calls("getUpdates"));
        assertEquals(List.of(), api.calls("sendMessage"));
        assertFalse(run.err().contains(LocalBotApi.TOKEN));
    }

    @Test
    void theBotRunsUntilToldToStopThenFinishesTheReplyInHandClosesItsResourcesAndReturns0() throws Exception {
        Settings settings = Settings.load(env(api.url(), data));
        Answerer core = AnswerEngine.load(settings);
        java.util.concurrent.CompletableFuture<Runnable> stopper = new java.util.concurrent.CompletableFuture<>();
        List<String> closed = new CopyOnWriteArrayList<>();
        StringWriter err = new StringWriter();
        Future<Integer> exit = runner.submit(() -> BotCommand.run(settings, () -> core, BotSeams.defaults(),
                List.of(() -> closed.add("store")), new PrintWriter(err), stop -> {
                    stopper.complete(stop);
                    return () -> { };
                }));
        Runnable stop = stopper.get(60, TimeUnit.SECONDS);
        api.take("getUpdates", c -> true, Duration.ofSeconds(60));
        api.faultForChat("sendMessage", 9, Fault.delay(Duration.ofMillis(800)), 1);
        Pushed question = api.pushText(9, "루프 면접이 뭐예요?");
        api.awaitConfirmed(question.updateId());
        stop.run();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        ApiCall answer = api.takeDelivered("sendMessage", 9);
        assertTrue(answer.text().startsWith("<b>루프 면접이 뭐예요?</b>"), answer.text());
        assertEquals(List.of("store"), closed);
        assertEquals("", err.toString());
    }

    @Test
    void aStartUpThatFailsTakesBackTheTerminationHookSoTheExitCodeStands() throws Exception {
        Settings settings = Settings.load(env(api.url(), data));
        Answerer core = AnswerEngine.load(settings);
        List<String> hook = new CopyOnWriteArrayList<>();
        UpdateJournal broken = new UpdateJournal() {
            @Override
            public List<org.telegram.telegrambots.meta.api.objects.Update> admit(
                    List<org.telegram.telegrambots.meta.api.objects.Update> batch) {
                return batch;
            }

            @Override
            public List<org.telegram.telegrambots.meta.api.objects.Update> unfinished() {
                throw new IllegalStateException("the journal cannot be read");
            }

            @Override
            public void done(org.telegram.telegrambots.meta.api.objects.Update update) {
            }
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> BotCommand.run(settings, () -> core, BotSeams.defaults().withJournal(broken),
                        List.of(() -> hook.add("closed")), new PrintWriter(new StringWriter()), stop -> {
                            hook.add("registered");
                            return () -> hook.add("unregistered");
                        }));
        assertEquals("the journal cannot be read", e.getMessage());
        assertEquals(List.of("registered", "unregistered", "closed"), hook);
    }
}
