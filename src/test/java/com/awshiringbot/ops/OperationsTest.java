package com.awshiringbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.config.ConfigException;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.store.AskedQuestion;
import com.awshiringbot.store.Database;
import com.awshiringbot.store.FeedbackStore;
import com.awshiringbot.store.QuestionStore;
import com.awshiringbot.telegram.BotSeams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationsTest {
    @TempDir
    Path dir;

    private Settings settings(String adminChats) throws Exception {
        TinyCore.write(dir.resolve("knowledge"), "loop-interview", "star-method", "work-life-balance");
        return Settings.withOverrides(Map.of(
                "bot.data-dir", dir.resolve("data").toString(),
                "bot.knowledge-dir", dir.resolve("knowledge").toString(),
                "bot.admin-chats", adminChats,
                "reload.watch", "false"));
    }

    @Test
    void the_bot_id_is_the_number_before_the_tokens_colon() {
        assertEquals(4242, Operations.botId("4242:test-secret-token"));
        assertEquals(0, Operations.botId("no-colon"));
        assertEquals(0, Operations.botId("abc:def"));
        assertEquals(0, Operations.botId(":x"));
        assertEquals(0, Operations.botId(null));
    }

    @Test
    void feedback_and_questions_are_stored_with_hashed_ids_and_counted_in_the_admin_report() throws Exception {
        try (Operations ops = Operations.start(settings("-100777, 555"), 4242, TinyCore.FACTORY)) {
            assertTrue(ops.feedback().record(123456789L, 123456789L, "loop-interview", false));
            assertFalse(ops.feedback().record(123456789L, 123456789L, "loop-interview", true));
            assertTrue(ops.feedback().record(-100777L, 987654321L, "loop-interview", true));
            ops.questions().asked(123456789L, ops.answerer().answer("loop-interview"));
            ops.questions().asked(123456789L, ops.answerer().answer("연봉이 얼마예요?"));
            ops.questions().asked(123456789L, ops.answerer().answer("연봉 얼마예요"));

            assertEquals(Optional.empty(), ops.admin().handle(123456789L, "/report", Language.KO));
            String report = ops.admin().handle(555L, "/report 1", Language.KO).orElseThrow();
            assertTrue(report.contains("""
                    Unanswered questions, most frequent first
                         2  연봉이 얼마예요?  [don't know 2; also: 연봉 얼마예요]
                    """), report);
            assertTrue(report.contains("""
                    Entries with the most 👎
                      👎   1  👍   1  loop-interview

                    Entries never hit: 2 of 3
                      star-method, work-life-balance
                    """), report);
        }
        List<String> stored = query(dir.resolve("data/bot.sqlite"),
                "SELECT user_hash || ' ' || entry_id || ' ' || helpful FROM feedback ORDER BY helpful");
        assertEquals(2, stored.size());
        for (String row : stored) {
            assertTrue(row.matches("[0-9a-f]{32} loop-interview [01]"), row);
            assertFalse(row.contains("123456789") || row.contains("987654321"), row);
        }
        assertEquals(List.of("answer loop-interview null", "dont_know null 연봉이 얼마예요?", "dont_know null 연봉 얼마예요"),
                query(dir.resolve("data/bot.sqlite"),
                        "SELECT outcome || ' ' || ifnull(entry_id, 'null') || ' ' || ifnull(question, 'null') FROM questions ORDER BY id"));
        assertTrue(Files.isRegularFile(dir.resolve("data/id-hash.key")));
    }

    @Test
    void reload_from_an_admin_chat_swaps_the_knowledge_or_reports_why_not() throws Exception {
        try (Operations ops = Operations.start(settings("555"), 4242, TinyCore.FACTORY)) {
            assertEquals(Optional.empty(), ops.admin().handle(556L, "/reload", Language.KO));
            TinyCore.write(dir.resolve("knowledge"), "loop-interview", "broken: knowledge/entries/a.yaml:3: entry 'x': field 'answer.ko' is empty");
            assertEquals(Optional.of("Knowledge reload refused; the previous knowledge keeps serving.\n"
                    + "knowledge/entries/a.yaml:3: entry 'x': field 'answer.ko' is empty"),
                    ops.admin().handle(555L, "/reload", Language.EN));
            assertEquals(3, ops.answerer().knowledge().entries().size());
            TinyCore.write(dir.resolve("knowledge"), "loop-interview", "new-entry");
            String done = ops.admin().handle(555L, "/reload", Language.KO).orElseThrow();
            assertTrue(done.matches("Knowledge reloaded: 2 entries \\(was 3\\) in \\d+ ms"), done);
            Reply reply = ops.answerer().answer("new-entry");
            assertEquals(Outcome.ANSWER, reply.outcome());
        }
    }

    @Test
    void admin_commands_reject_bad_arguments_and_ignore_other_commands() throws Exception {
        try (Operations ops = Operations.start(settings("555"), 4242, TinyCore.FACTORY)) {
            assertEquals(Optional.of("Usage: /report [days], e.g. /report 30"), ops.admin().handle(555L, "/report x", Language.KO));
            assertEquals(Optional.of("Usage: /report [days], days from 1 to 3660"), ops.admin().handle(555L, "/report 0", Language.KO));
            assertEquals(Optional.empty(), ops.admin().handle(555L, "/start", Language.KO));
            assertTrue(ops.admin().handle(555L, "  /report   30 ", Language.KO).orElseThrow().startsWith("Report "));
        }
    }

    @Test
    void start_up_purges_questions_and_votes_past_the_retention_and_keeps_the_rest() throws Exception {
        Settings settings = Settings.withOverrides(Map.of(
                "bot.data-dir", dir.resolve("data").toString(),
                "bot.knowledge-dir", dir.resolve("knowledge").toString(),
                "store.retention-days", "30",
                "reload.watch", "false"));
        TinyCore.write(dir.resolve("knowledge"), "loop-interview");
        Instant now = Instant.now();
        try (Database database = Database.open(dir.resolve("data"))) {
            for (int daysAgo : new int[] {45, 31, 29, 1}) {
                Clock then = Clock.fixed(now.minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC);
                new QuestionStore(database, then).record(new AskedQuestion(Outcome.DONT_KNOW, Language.KO, null, 0,
                        daysAgo + " days ago", List.of()));
                new FeedbackStore(database, then).record("u" + daysAgo, "loop-interview", "", false);
            }
        }
        Operations.start(settings, 4242, TinyCore.FACTORY).close();
        Path file = dir.resolve("data/bot.sqlite");
        assertEquals(List.of("29 days ago", "1 days ago"), query(file, "SELECT question FROM questions ORDER BY asked_at"));
        assertEquals(List.of("u29", "u1"), query(file, "SELECT user_hash FROM feedback ORDER BY voted_at"));
    }

    @Test
    void a_retention_below_one_day_fails_at_start_naming_the_key() throws Exception {
        TinyCore.write(dir.resolve("knowledge"), "loop-interview");
        Settings settings = Settings.withOverrides(Map.of("bot.data-dir", dir.resolve("data").toString(),
                "bot.knowledge-dir", dir.resolve("knowledge").toString(), "store.retention-days", "0"));
        ConfigException e = assertThrows(ConfigException.class, () -> Operations.start(settings, 4242, TinyCore.FACTORY));
        assertEquals("Setting 'store.retention-days' must be at least 1, but is 0", e.getMessage());
    }

    @Test
    void the_seams_are_the_stored_ones() throws Exception {
        try (Operations ops = Operations.start(settings(""), 4242, TinyCore.FACTORY)) {
            BotSeams seams = ops.seams();
            assertSame(ops.journal(), seams.journal());
            assertSame(ops.feedback(), seams.feedback());
            assertSame(ops.questions(), seams.questions());
            assertSame(ops.admin(), seams.admin());
        }
    }

    @Test
    void nobody_is_an_admin_by_default() throws Exception {
        try (Operations ops = Operations.start(settings(""), 4242, TinyCore.FACTORY)) {
            assertEquals(Optional.empty(), ops.admin().handle(0L, "/report", Language.KO));
            assertEquals(Optional.empty(), ops.admin().handle(555L, "/reload", Language.KO));
        }
    }

    @Test
    void with_watching_on_an_edit_is_picked_up_without_a_command() throws Exception {
        Settings settings = Settings.withOverrides(Map.of(
                "bot.data-dir", dir.resolve("data").toString(),
                "bot.knowledge-dir", dir.resolve("knowledge").toString(),
                "reload.debounce-ms", "100"));
        TinyCore.write(dir.resolve("knowledge"), "loop-interview");
        try (Operations ops = Operations.start(settings, 4242, TinyCore.FACTORY)) {
            TinyCore.write(dir.resolve("knowledge"), "loop-interview", "new-entry");
            for (int i = 0; i < 1000 && ops.answerer().knowledge().entries().size() != 2; i++) {
                Thread.sleep(10);
            }
            assertEquals(Outcome.ANSWER, ops.answerer().answer("new-entry").outcome());
        }
    }

    static List<String> query(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
