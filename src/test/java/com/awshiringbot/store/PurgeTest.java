package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.knowledge.Language;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurgeTest {
    @TempDir
    Path dir;
    final TestClock clock = new TestClock("2026-01-01T00:00:00Z");
    Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void rows_past_retention_and_done_ids_past_the_dedup_window_are_deleted_pending_ones_never() throws Exception {
        QuestionStore questions = new QuestionStore(database, clock);
        FeedbackStore feedback = new FeedbackStore(database, clock);
        Inbox inbox = new Inbox(database, 1, clock);
        // Day 0: one of each, and two updates, one done.
        questions.record(new AskedQuestion(Outcome.DONT_KNOW, Language.KO, null, 0, "old question", List.of()));
        feedback.record("u", "loop", "", false);
        inbox.admit(List.of(new InboxUpdate(1, "{}"), new InboxUpdate(2, "{}")));
        inbox.markDone(1);
        // Day 29: more of each.
        clock.advance(Duration.ofDays(29));
        questions.record(new AskedQuestion(Outcome.ANSWER, Language.KO, "loop", 0.9, null, List.of()));
        feedback.record("u", "star", "", true);
        inbox.admit(List.of(new InboxUpdate(3, "{}")));
        inbox.markDone(3);

        clock.set("2026-01-31T12:00:00Z");
        Purge purge = new Purge(database, clock, 30);
        assertEquals(new Purge.Result(1, 1, 1), purge.run());
        assertEquals(List.of("answer"), column("SELECT outcome FROM questions"));
        assertEquals(List.of("star"), column("SELECT entry_id FROM feedback"));
        assertEquals(List.of("2 pending", "3 done"), column("SELECT update_id || ' ' || state FROM inbox ORDER BY update_id"));

        clock.set("2026-02-03T00:00:00Z");
        assertEquals(new Purge.Result(0, 0, 1), purge.run());
        assertEquals(List.of("2 pending"), column("SELECT update_id || ' ' || state FROM inbox"));
        assertEquals(new Purge.Result(0, 0, 0), purge.run());
        assertEquals(Instant.parse("2026-02-03T00:00:00Z"), clock.instant());
    }

    @Test
    void retention_below_one_day_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Purge(database, clock, 0));
        assertEquals("retentionDays must be at least 1, but is 0", e.getMessage());
    }

    private List<String> column(String sql) {
        return database.run(c -> {
            try (Statement s = c.createStatement()) {
                return DatabaseTest.column(s, sql);
            }
        });
    }
}
