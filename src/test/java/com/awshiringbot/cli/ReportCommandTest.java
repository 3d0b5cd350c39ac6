package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.store.AskedQuestion;
import com.awshiringbot.store.Database;
import com.awshiringbot.store.FeedbackStore;
import com.awshiringbot.store.Guess;
import com.awshiringbot.store.QuestionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final String KNOWLEDGE = "src/test/resources/knowledge-fixtures/valid";

    @TempDir
    Path data;
    Map<String, String> env;

    @BeforeEach
    void seed() {
        env = Map.of("BOT_DATA_DIR", data.toString(), "BOT_KNOWLEDGE_DIR", KNOWLEDGE);
        try (Database database = Database.open(data)) {
            at(database, "2026-04-01T08:00:00Z", questions -> {
                questions.record(answer("loop-interview"));
                questions.record(new AskedQuestion(Outcome.DONT_KNOW, Language.KO, null, 0.02, "연봉이 얼마예요?", List.of()));
            });
            at(database, "2026-04-03T08:00:00Z", questions -> {
                questions.record(answer("loop-interview"));
                questions.record(new AskedQuestion(Outcome.DONT_KNOW, Language.KO, null, 0.03, "연봉 얼마예요", List.of()));
                questions.record(new AskedQuestion(Outcome.DID_YOU_MEAN, Language.EN, null, 0.4, "phone screen?",
                        List.of(new Guess("technical-screen", 0.4))));
            });
            FeedbackStore feedback = new FeedbackStore(database, fixed("2026-04-03T09:00:00Z"));
            feedback.record("u1", "loop-interview", "a1", false);
            feedback.record("u2", "loop-interview", "a2", true);
        }
    }

    private interface Seeding {
        void into(QuestionStore questions);
    }

    private static void at(Database database, String instant, Seeding seeding) {
        seeding.into(new QuestionStore(database, fixed(instant)));
    }

    private static Clock fixed(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static AskedQuestion answer(String entryId) {
        return new AskedQuestion(Outcome.ANSWER, Language.KO, entryId, 0.9, null, List.of());
    }

    @Test
    void the_text_report_of_the_seeded_database() {
        Run run = Run.of(env, "report", "--days", "3", "--until", "2026-04-03");

        assertEquals("", run.err());
        assertEquals(0, run.exitCode());
        assertEquals("""
                Report 2026-04-01 to 2026-04-03 (3 days, UTC)

                Questions by day
                  day         answered  did-you-mean  don't know  total
                  2026-04-01         1             0           1      2
                  2026-04-03         1             1           1      3
                  total              2             1           2      5

                Unanswered questions, most frequent first
                     2  연봉이 얼마예요?  [don't know 2; also: 연봉 얼마예요]
                     1  phone screen?  [did you mean 1; best guess technical-screen]

                Entries with the most 👎
                  👎   1  👍   1  loop-interview

                Entries never hit: 2 of 3
                  technical-screen, work-life-balance
                """, run.out());
    }

    @Test
    void the_json_report_of_one_day() {
        Run run = Run.of(env, "report", "--days", "1", "--until", "2026-04-01", "--json");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("""
                {
                  "from" : "2026-04-01",
                  "to" : "2026-04-01",
                  "days" : [ {
                    "day" : "2026-04-01",
                    "answered" : 1,
                    "did_you_mean" : 0,
                    "dont_know" : 1,
                    "total" : 2
                  } ],"""), run.out());
        assertTrue(run.out().contains("\"never_hit\" : [ \"technical-screen\", \"work-life-balance\" ],"), run.out());
        assertTrue(run.out().contains("\"most_disliked\" : [ ],"), run.out());
    }

    @Test
    void a_missing_database_is_reported_and_not_created() {
        Path none = data.resolve("none");
        Run run = Run.of(Map.of("BOT_DATA_DIR", none.toString(), "BOT_KNOWLEDGE_DIR", KNOWLEDGE), "report");

        assertEquals(1, run.exitCode());
        assertEquals(List.of("No database at " + none.resolve("bot.sqlite") + " (the bot creates it on its first start)"),
                run.errLines());
        assertTrue(Files.notExists(none));
    }

    @Test
    void zero_days_is_bad_usage() {
        Run run = Run.of(env, "report", "--days", "0");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("--days must be at least 1, but is 0"), run.errLines());
    }
}
