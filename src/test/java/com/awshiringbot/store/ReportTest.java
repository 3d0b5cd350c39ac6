package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.knowledge.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    static final List<String> ENTRIES = List.of("loop", "star", "lp", "wlb", "english");

    @TempDir
    Path dir;
    final TestClock clock = new TestClock("2026-03-01T09:00:00Z");
    Database database;
    ReportBuilder reports;

    @BeforeEach
    void seed() {
        database = Database.open(dir);
        QuestionStore questions = new QuestionStore(database, clock);
        FeedbackStore feedback = new FeedbackStore(database, clock);
        reports = new ReportBuilder(questions, feedback, clock);
        Seed.into(questions, feedback, clock);
        clock.set("2026-03-07T18:00:00Z");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void the_report_of_seven_days_has_the_seeded_figures() {
        Report report = reports.build(7, ENTRIES);
        assertEquals(LocalDate.parse("2026-03-01"), report.from());
        assertEquals(LocalDate.parse("2026-03-07"), report.to());
        assertEquals(List.of(
                new DayCounts(LocalDate.parse("2026-03-01"), 3, 1, 2),
                new DayCounts(LocalDate.parse("2026-03-06"), 1, 1, 2)), report.days());
        assertEquals(new DayCounts(LocalDate.parse("2026-03-07"), 4, 2, 4), report.totals());
        assertEquals(List.of(
                new Report.QuestionGroup("연봉은 얼마예요?", 3, 0, 3, List.of("연봉 얼마예요"), null),
                new Report.QuestionGroup("루프 면접이 뭐예요", 2, 2, 0, List.of("루프 면접이 뭐에요"), "loop"),
                new Report.QuestionGroup("Is there free lunch?", 1, 0, 1, List.of(), null)), report.unanswered());
        assertEquals(List.of(new Votes("star", 1, 2), new Votes("loop", 1, 1)), report.mostDisliked());
        assertEquals(List.of("lp", "wlb", "english"), report.neverHit());
    }

    @Test
    void a_shorter_window_leaves_older_days_out() {
        Report report = reports.build(2, ENTRIES);
        assertEquals(List.of(new DayCounts(LocalDate.parse("2026-03-06"), 1, 1, 2)), report.days());
        assertEquals(List.of(
                // A tie between wordings goes to the one asked first.
                new Report.QuestionGroup("연봉 얼마예요", 2, 0, 2, List.of("연봉은 얼마예요?"), null),
                new Report.QuestionGroup("루프 면접이 뭐에요", 1, 1, 0, List.of(), "loop")), report.unanswered());
        assertEquals(List.of(new Votes("star", 1, 1)), report.mostDisliked());
        assertEquals(List.of("loop", "lp", "wlb", "english"), report.neverHit());
    }

    @Test
    void a_window_in_the_past_leaves_later_days_out() {
        clock.set("2026-03-01T00:00:00Z");
        Report report = reports.build(1, ENTRIES);
        assertEquals(List.of(new DayCounts(LocalDate.parse("2026-03-01"), 3, 1, 2)), report.days());
        assertEquals(List.of(new Votes("star", 0, 1), new Votes("loop", 1, 1)), report.mostDisliked());
        assertEquals(List.of("lp", "wlb", "english"), report.neverHit());
    }

    @Test
    void the_text_rendering() {
        assertEquals("""
                Report 2026-03-01 to 2026-03-07 (7 days, UTC)

                Questions by day
                  day         answered  did-you-mean  don't know  total
                  2026-03-01         3             1           2      6
                  2026-03-06         1             1           2      4
                  total              4             2           4     10

                Unanswered questions, most frequent first
                     3  연봉은 얼마예요?  [don't know 3; also: 연봉 얼마예요]
                     2  루프 면접이 뭐예요  [did you mean 2; best guess loop; also: 루프 면접이 뭐에요]
                     1  Is there free lunch?  [don't know 1]

                Entries with the most 👎
                  👎   2  👍   1  star
                  👎   1  👍   1  loop

                Entries never hit: 3 of 5
                  lp, wlb, english
                """, ReportText.render(reports.build(7, ENTRIES)));
    }

    @Test
    void long_lists_of_entries_never_hit_wrap_at_a_hundred_characters() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add("entry-number-" + i);
        }
        String text = ReportText.render(reports.build(1, many));
        assertEquals("""
                Entries never hit: 12 of 12
                  entry-number-0, entry-number-1, entry-number-2, entry-number-3, entry-number-4, entry-number-5,
                  entry-number-6, entry-number-7, entry-number-8, entry-number-9, entry-number-10, entry-number-11
                """, text.substring(text.indexOf("Entries never hit")));
    }

    @Test
    void an_empty_database_renders_empty_sections() {
        clock.set("2026-06-01T00:00:00Z");
        assertEquals("""
                Report 2026-06-01 to 2026-06-01 (1 day, UTC)

                Questions by day
                  (no questions)

                Unanswered questions, most frequent first
                  (none)

                Entries with the most 👎
                  (none)

                Entries never hit: 0 of 0
                """, ReportText.render(reports.build(1, List.of())));
    }

    @Test
    void the_json_rendering() {
        assertEquals("""
                {
                  "from" : "2026-03-06",
                  "to" : "2026-03-07",
                  "days" : [ {
                    "day" : "2026-03-06",
                    "answered" : 1,
                    "did_you_mean" : 1,
                    "dont_know" : 2,
                    "total" : 4
                  } ],
                  "totals" : {
                    "answered" : 1,
                    "did_you_mean" : 1,
                    "dont_know" : 2,
                    "total" : 4
                  },
                  "unanswered" : [ {
                    "question" : "연봉 얼마예요",
                    "count" : 2,
                    "did_you_mean" : 0,
                    "dont_know" : 2,
                    "top_guess" : null,
                    "variants" : [ "연봉은 얼마예요?" ]
                  }, {
                    "question" : "루프 면접이 뭐에요",
                    "count" : 1,
                    "did_you_mean" : 1,
                    "dont_know" : 0,
                    "top_guess" : "loop",
                    "variants" : [ ]
                  } ],
                  "most_disliked" : [ {
                    "entry" : "star",
                    "unhelpful" : 1,
                    "helpful" : 1
                  } ],
                  "never_hit" : [ "loop", "lp", "wlb", "english" ],
                  "entry_count" : 5
                }
                """, ReportJson.render(reports.build(2, ENTRIES)));
    }
}
