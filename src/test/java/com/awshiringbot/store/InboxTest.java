package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {
    @TempDir
    Path dir;
    final TestClock clock = new TestClock("2026-03-01T10:00:00Z");
    Database database;
    Inbox inbox;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        inbox = new Inbox(database, 4242, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static InboxUpdate update(long id) {
        return new InboxUpdate(id, "{\"update_id\":" + id + "}");
    }

    @Test
    void admit_returns_only_the_updates_not_seen_before_in_batch_order() {
        assertEquals(List.of(update(3), update(1)), inbox.admit(List.of(update(3), update(1))));
        assertEquals(List.of(update(2)), inbox.admit(List.of(update(1), update(2), update(3))));
        inbox.markDone(1);
        assertEquals(List.of(update(4)), inbox.admit(List.of(update(1), update(4))));
    }

    @Test
    void update_ids_are_unique_per_bot_only() {
        inbox.admit(List.of(update(5)));
        Inbox otherBot = new Inbox(database, 777, clock);
        assertEquals(List.of(update(5)), otherBot.admit(List.of(update(5))));
        assertEquals(List.of(update(5)), otherBot.pending());
    }

    @Test
    void pending_lists_the_updates_not_done_oldest_first_and_survives_reopening() {
        inbox.admit(List.of(update(12), update(10), update(11)));
        inbox.markDone(11);
        database.close();
        database = Database.open(dir);
        inbox = new Inbox(database, 4242, clock);
        assertEquals(List.of(update(10), update(12)), inbox.pending());
    }

    @Test
    void a_done_update_keeps_its_id_but_not_its_json() throws Exception {
        inbox.admit(List.of(update(8)));
        inbox.markDone(8);
        List<String> rows = database.run(c -> {
            try (Statement s = c.createStatement()) {
                return DatabaseTest.column(s, "SELECT bot_id || ' ' || update_id || ' ' || state || ' ' || ifnull(payload, 'null') FROM inbox");
            }
        });
        assertEquals(List.of("4242 8 done null"), rows);
    }

    @Test
    void an_update_pending_at_three_start_ups_is_given_up() {
        inbox.admit(List.of(update(1), update(2)));
        assertEquals(List.of(update(1), update(2)), inbox.pending());
        inbox.markDone(2);
        assertEquals(List.of(update(1)), inbox.pending());
        assertEquals(List.of(update(1)), inbox.pending());
        assertEquals(List.of(), inbox.pending());
        assertEquals(List.of(), inbox.admit(List.of(update(1))));
    }
}
