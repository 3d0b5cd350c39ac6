package com.awshiringbot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.store.Database;
import com.awshiringbot.store.Inbox;
import com.awshiringbot.store.InboxUpdate;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;

class StoredJournalTest {
    @TempDir
    Path dir;
    Database database;
    StoredJournal journal;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        journal = new StoredJournal(new Inbox(database, 4242, Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Update message(int updateId, String text) throws Exception {
        return new ObjectMapper().readValue("""
                {"update_id": %d, "message": {"message_id": %d, "date": 1767225600,
                 "from": {"id": 1001, "is_bot": false, "first_name": "지수", "language_code": "ko"},
                 "chat": {"id": 1001, "type": "private", "first_name": "지수"},
                 "text": "%s"}}""".formatted(updateId, updateId + 500, text), Update.class);
    }

    static Update callback(int updateId) throws Exception {
        return new ObjectMapper().readValue("""
                {"update_id": %d, "callback_query": {"id": "cb-%d", "chat_instance": "ci",
                 "from": {"id": 1002, "is_bot": false, "first_name": "Ann", "language_code": "en"},
                 "message": {"message_id": 77, "date": 1767225600, "chat": {"id": 1002, "type": "private"}, "text": "answer"},
                 "data": "fb:+:loop-interview"}}""".formatted(updateId, updateId), Update.class);
    }

    @Test
    void the_warm_up_records_nothing() throws Exception {
        journal.warmUp();

        assertEquals(List.of(), journal.unfinished());
        Update first = message(1, "first");
        assertEquals(List.of(first), journal.admit(List.of(first)));
    }

    @Test
    void admitted_updates_come_back_unchanged_after_a_restart_until_done() throws Exception {
        Update first = message(10, "루프 면접이 뭐예요? <b>\\\"quoted\\\"</b> 🙂");
        Update second = callback(11);
        Update third = message(12, "English question");
        assertEquals(List.of(first, second, third), journal.admit(List.of(first, second, third)));
        journal.done(second);

        database.close();
        database = Database.open(dir);
        journal = new StoredJournal(new Inbox(database, 4242, Clock.systemUTC()));
        List<Update> unfinished = journal.unfinished();
        assertEquals(List.of(first, third), unfinished);
        assertEquals("루프 면접이 뭐예요? <b>\"quoted\"</b> 🙂", unfinished.get(0).getMessage().getText());
    }

    @Test
    void a_redelivered_update_is_not_admitted_again_whether_pending_or_done() throws Exception {
        journal.admit(List.of(message(1, "a"), message(2, "b")));
        journal.done(message(1, "a"));
        assertEquals(List.of(message(3, "c")), journal.admit(List.of(message(1, "a"), message(2, "b"), message(3, "c"))));
    }

    @Test
    void an_unreadable_row_is_dropped_with_a_log_line_not_a_crash() throws Exception {
        Inbox inbox = new Inbox(database, 4242, Clock.systemUTC());
        inbox.admit(List.of(new InboxUpdate(5, "{not json"), new InboxUpdate(6, new ObjectMapper().writeValueAsString(message(6, "ok")))));
        assertEquals(List.of(message(6, "ok")), journal.unfinished());
        assertEquals(List.of(new InboxUpdate(6, new ObjectMapper().writeValueAsString(message(6, "ok")))), inbox.pending());
    }
}
