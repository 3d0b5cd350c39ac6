package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackStoreTest {
    static final Instant FAR = Instant.parse("3000-01-01T00:00:00Z");
    @TempDir
    Path dir;
    final TestClock clock = new TestClock("2026-03-01T10:00:00Z");
    Database database;
    FeedbackStore feedback;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        feedback = new FeedbackStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_vote_is_stored_once_per_user_entry_and_answer_and_later_taps_are_ignored() {
        assertTrue(feedback.record("u1", "loop", "c1:10", true));
        assertFalse(feedback.record("u1", "loop", "c1:10", false));
        assertFalse(feedback.record("u1", "loop", "c1:10", true));
        assertTrue(feedback.record("u1", "loop", "c1:11", false));
        assertTrue(feedback.record("u2", "loop", "c1:10", false));
        assertTrue(feedback.record("u1", "star", "c1:10", false));
        assertEquals(List.of(new Votes("loop", 1, 2), new Votes("star", 0, 1)), feedback.votes(Instant.EPOCH, FAR));
    }

    @Test
    void votes_are_counted_from_the_given_instant_most_unhelpful_first() {
        feedback.record("u1", "old", "", false);
        clock.set("2026-03-05T00:00:00Z");
        feedback.record("u1", "a", "", true);
        feedback.record("u2", "a", "", true);
        feedback.record("u1", "b", "", false);
        feedback.record("u2", "b", "", true);
        feedback.record("u1", "c", "", false);
        assertEquals(List.of(new Votes("c", 0, 1), new Votes("b", 1, 1), new Votes("a", 2, 0)),
                feedback.votes(Instant.parse("2026-03-05T00:00:00Z"), FAR));
    }
}
