package com.awshiringbot.store;

import com.awshiringbot.answer.Outcome;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of every question the core answered, for the maintainer's report. Answered questions are kept as an
 * outcome and an entry id only; did-you-mean and don't-know ones also keep their text and the best guesses, which
 * is what a maintainer turns into new paraphrases or entries.
 */
public final class QuestionStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Guess>> GUESSES = new TypeReference<>() { };

    private final Database database;
    private final Clock clock;

    public QuestionStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores one question, as asked now. */
    public void record(AskedQuestion asked) {
        Objects.requireNonNull(asked, "asked");
        long now = clock.millis();
        String guesses = asked.outcome() == Outcome.ANSWER ? null : toJson(asked.guesses());
        database.run(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO questions (asked_at, outcome, language, entry_id, score, question, guesses) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, now);
                insert.setString(2, asked.outcome().wireName());
                insert.setString(3, asked.language().code());
                setNullable(insert, 4, asked.entryId());
                insert.setDouble(5, asked.score());
                setNullable(insert, 6, asked.question());
                setNullable(insert, 7, guesses);
                return insert.executeUpdate();
            }
        });
    }

    /** The outcome counts per UTC day for questions asked in [{@code since}, {@code until}), oldest day first. */
    public List<DayCounts> countsByDay(Instant since, Instant until) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT date(asked_at / 1000, 'unixepoch') AS day,
                           SUM(outcome = 'answer'), SUM(outcome = 'did_you_mean'), SUM(outcome = 'dont_know')
                    FROM questions WHERE asked_at >= ? AND asked_at < ? GROUP BY day ORDER BY day""")) {
                select.setLong(1, since.toEpochMilli());
                select.setLong(2, until.toEpochMilli());
                List<DayCounts> days = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(new DayCounts(LocalDate.parse(rows.getString(1)), rows.getInt(2), rows.getInt(3), rows.getInt(4)));
                    }
                }
                return days;
            }
        });
    }

    /** The did-you-mean and don't-know questions asked in [{@code since}, {@code until}), oldest first. */
    public List<UnansweredQuestion> unanswered(Instant since, Instant until) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT asked_at, outcome, question, score, guesses FROM questions
                    WHERE asked_at >= ? AND asked_at < ? AND outcome <> 'answer' ORDER BY asked_at, id""")) {
                select.setLong(1, since.toEpochMilli());
                select.setLong(2, until.toEpochMilli());
                List<UnansweredQuestion> questions = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        questions.add(new UnansweredQuestion(Instant.ofEpochMilli(rows.getLong(1)), outcome(rows.getString(2)),
                                rows.getString(3), rows.getDouble(4), fromJson(rows.getString(5))));
                    }
                }
                return questions;
            }
        });
    }

    /** How many times each entry was given as an answer in [{@code since}, {@code until}), by entry id. */
    public Map<String, Integer> hits(Instant since, Instant until) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT entry_id, COUNT(*) FROM questions
                    WHERE asked_at >= ? AND asked_at < ? AND outcome = 'answer' AND entry_id IS NOT NULL
                    GROUP BY entry_id ORDER BY entry_id""")) {
                select.setLong(1, since.toEpochMilli());
                select.setLong(2, until.toEpochMilli());
                Map<String, Integer> hits = new LinkedHashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        hits.put(rows.getString(1), rows.getInt(2));
                    }
                }
                return hits;
            }
        });
    }

    private static Outcome outcome(String wireName) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.wireName().equals(wireName)) {
                return outcome;
            }
        }
        throw new StoreException("Unknown outcome '" + wireName + "' in the questions table");
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String toJson(List<Guess> guesses) {
        try {
            return JSON.writeValueAsString(guesses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write guesses as JSON", e);
        }
    }

    private static List<Guess> fromJson(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, GUESSES);
        } catch (JsonProcessingException e) {
            throw new StoreException("Unreadable guesses in the questions table: " + json, e);
        }
    }
}
