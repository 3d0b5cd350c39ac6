package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Questions;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionStoreTest {
    static final Instant FAR = Instant.parse("3000-01-01T00:00:00Z");
    @TempDir
    Path dir;
    final TestClock clock = new TestClock("2026-03-01T23:30:00Z");
    Database database;
    QuestionStore questions;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        questions = new QuestionStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Entry entry(String id) {
        return new Entry(id, "faq", null, new Questions(List.of("질문 " + id), List.of("question " + id)),
                new Bilingual("답 " + id, "answer " + id), new Citation("recap", "section", null), List.of(), "test");
    }

    @Test
    void an_answered_question_keeps_its_entry_but_not_its_text() throws Exception {
        Reply reply = new Reply("루프 면접이 뭐예요?", Outcome.ANSWER, Language.KO, entry("loop"), "답", "출처", 0.91, List.of());
        questions.record(AskedQuestion.of(reply));
        List<String> rows = database.run(c -> {
            try (Statement s = c.createStatement()) {
                return DatabaseTest.column(s, "SELECT asked_at || '|' || outcome || '|' || language || '|' || entry_id || '|' || score"
                        + " || '|' || ifnull(question, 'null') || '|' || ifnull(guesses, 'null') FROM questions");
            }
        });
        assertEquals(List.of(Instant.parse("2026-03-01T23:30:00Z").toEpochMilli() + "|answer|ko|loop|0.91|null|null"), rows);
        assertEquals(List.of(), questions.unanswered(Instant.EPOCH, FAR));
        assertEquals(Map.of("loop", 1), questions.hits(Instant.EPOCH, FAR));
    }

    @Test
    void did_you_mean_and_dont_know_keep_the_text_and_the_guesses() {
        questions.record(AskedQuestion.of(new Reply("루프 면접", Outcome.DID_YOU_MEAN, Language.KO, null, "혹시", null, 0.42,
                List.of(entry("loop"), entry("star")))));
        clock.set("2026-03-02T00:10:00Z");
        questions.record(AskedQuestion.of(new Reply("salary?", Outcome.DONT_KNOW, Language.EN, null, "I don't know", null, 0.0,
                List.of())));
        assertEquals(List.of(
                new UnansweredQuestion(Instant.parse("2026-03-01T23:30:00Z"), Outcome.DID_YOU_MEAN, "루프 면접", 0.42,
                        List.of(new Guess("loop", 0.42), new Guess("star", null))),
                new UnansweredQuestion(Instant.parse("2026-03-02T00:10:00Z"), Outcome.DONT_KNOW, "salary?", 0.0, List.of())),
                questions.unanswered(Instant.EPOCH, FAR));
        assertEquals(List.of(new UnansweredQuestion(Instant.parse("2026-03-02T00:10:00Z"), Outcome.DONT_KNOW, "salary?", 0.0,
                List.of())), questions.unanswered(Instant.parse("2026-03-02T00:00:00Z"), FAR));
    }

    @Test
    void counts_are_per_utc_day() {
        questions.record(new AskedQuestion(Outcome.ANSWER, Language.KO, "loop", 0.9, null, List.of()));
        questions.record(new AskedQuestion(Outcome.DONT_KNOW, Language.KO, null, 0.0, "연봉", List.of()));
        clock.set("2026-03-02T00:00:00Z");
        questions.record(new AskedQuestion(Outcome.ANSWER, Language.EN, "star", 0.8, null, List.of()));
        questions.record(new AskedQuestion(Outcome.ANSWER, Language.EN, "star", 0.8, null, List.of()));
        questions.record(new AskedQuestion(Outcome.DID_YOU_MEAN, Language.EN, null, 0.3, "star?", List.of()));
        assertEquals(List.of(new DayCounts(LocalDate.parse("2026-03-01"), 1, 0, 1),
                new DayCounts(LocalDate.parse("2026-03-02"), 2, 1, 0)), questions.countsByDay(Instant.EPOCH, FAR));
        assertEquals(Map.of("loop", 1, "star", 2), questions.hits(Instant.EPOCH, FAR));
        Instant march2 = Instant.parse("2026-03-02T00:00:00Z");
        assertEquals(List.of(new DayCounts(LocalDate.parse("2026-03-01"), 1, 0, 1)), questions.countsByDay(Instant.EPOCH, march2));
        assertEquals(Map.of("loop", 1), questions.hits(Instant.EPOCH, march2));
    }

    @Test
    void an_answered_question_with_text_is_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AskedQuestion(Outcome.ANSWER, Language.KO, "loop", 0.9, "text", List.of()));
        assertEquals("an answered question keeps neither its text nor guesses", e.getMessage());
    }
}
