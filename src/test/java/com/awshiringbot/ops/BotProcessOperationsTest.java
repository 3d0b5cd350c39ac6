package com.awshiringbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.telegram.botapi.ApiCall;
import com.awshiringbot.telegram.botapi.Fault;
import com.awshiringbot.telegram.botapi.LocalBotApi;
import com.awshiringbot.telegram.botapi.Pushed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as a process with its SQLite inbox. Killed with {@code kill -9} in the middle of traffic and restarted,
 * every message is answered, and only those in flight at the instant of the kill may be answered twice. Then,
 * stopped with SIGTERM while replies are in flight, it finishes them, leaves nothing pending and exits 0 within ten
 * seconds. (One test, two phases: each start of the bot costs seconds of JVM and library warm-up.)
 */
class BotProcessOperationsTest {
    private static final Duration START = Duration.ofSeconds(90);
    private static final String QUESTION = "루프 면접이 뭐예요?";

    @TempDir
    Path dir;

    @Test
    void a_kill_9_loses_no_message_and_a_sigterm_drains_the_replies_in_hand() throws Exception {
        Path data = dir.resolve("data");
        Path database = data.resolve("bot.sqlite");
        try (LocalBotApi api = LocalBotApi.start()) {
            BotChild first = BotChild.start(api, data, dir.resolve("first.log"));
            BotChild second = null;
            try {
                api.take("getUpdates", c -> true, START);
                // Slow replies, so that some are in flight when the process dies.
                api.fault("sendMessage", Fault.delay(Duration.ofMillis(300)), 30);
                for (int chat = 1; chat <= 60; chat++) {
                    api.pushText(chat, QUESTION);
                    Thread.sleep(15);
                    if (chat == 30) {
                        first.process().destroyForcibly();
                        assertTrue(first.process().waitFor(10, TimeUnit.SECONDS));
                    }
                }
                Instant killed = Instant.now();
                second = BotChild.start(api, data, dir.resolve("second.log"));
                Map<Long, List<ApiCall>> replies = awaitReplies(api, 60);
                int wereInFlight = 0;
                for (long chat = 1; chat <= 60; chat++) {
                    List<ApiCall> calls = replies.getOrDefault(chat, List.of());
                    assertTrue(calls.size() == 1 || calls.size() == 2, "chat " + chat + " got " + calls.size() + " replies");
                    if (calls.size() == 2) {
                        wereInFlight++;
                        assertTrue(calls.get(0).at().isBefore(killed), "chat " + chat + " was answered twice after the kill");
                    }
                }
                // The first run took at most 30 messages; those it had answered and marked done are not answered again.
                assertTrue(wereInFlight < 30, wereInFlight + " answered twice");
                assertTrue(second.output().contains("left unfinished by the last run"), second.output());

                // SIGTERM with five replies in flight.
                api.fault("sendMessage", Fault.delay(Duration.ofMillis(1500)), 5);
                Pushed last = null;
                for (int chat = 101; chat <= 105; chat++) {
                    last = api.pushText(chat, QUESTION);
                }
                api.awaitConfirmed(last.updateId());
                api.take("sendMessage", c -> c.chatId() > 100, Duration.ofSeconds(10));
                long signalled = System.nanoTime();
                second.process().destroy();
                assertTrue(second.process().waitFor(10, TimeUnit.SECONDS), "exited within 10 s of SIGTERM");
                assertTrue(System.nanoTime() - signalled < TimeUnit.SECONDS.toNanos(10));
                assertEquals(0, second.process().exitValue(), second.output());
                replies = delivered(api);
                for (long chat = 101; chat <= 105; chat++) {
                    assertEquals(1, replies.getOrDefault(chat, List.of()).size(), "replies to chat " + chat);
                }
                assertEquals(List.of("done 65"), OperationsTest.query(database,
                        "SELECT state || ' ' || count(*) FROM inbox GROUP BY state"));
                assertFalse(first.output().contains(LocalBotApi.TOKEN) || second.output().contains(LocalBotApi.TOKEN));
            } finally {
                first.process().destroyForcibly();
                if (second != null) {
                    second.process().destroyForcibly();
                }
            }
        }
    }

    /** Waits until each of the chats 1..{@code chats} has a delivered reply; returns all delivered replies by chat. */
    private static Map<Long, List<ApiCall>> awaitReplies(LocalBotApi api, int chats) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        Map<Long, List<ApiCall>> replies = delivered(api);
        while (replies.size() < chats && System.nanoTime() < deadline) {
            Thread.sleep(100);
            replies = delivered(api);
        }
        return replies;
    }

    private static Map<Long, List<ApiCall>> delivered(LocalBotApi api) {
        Map<Long, List<ApiCall>> replies = new TreeMap<>();
        for (ApiCall call : api.calls("sendMessage")) {
            if (call.succeeded()) {
                replies.computeIfAbsent(call.chatId(), k -> new ArrayList<>()).add(call);
            }
        }
        return replies;
    }
}
