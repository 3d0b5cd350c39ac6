package com.awshiringbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 👍 / 👎 votes on answers: one vote per user, entry and answer message. The first tap is stored; later taps on the
 * same answer by the same user are ignored, so a vote cannot be stuffed or flipped back and forth.
 */
public final class FeedbackStore {
    private final Database database;
    private final Clock clock;

    public FeedbackStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a vote unless this user already voted on this answer.
     *
     * @param userHash the voter, as hashed by {@link IdHasher}
     * @param entryId the entry the answer showed
     * @param answer what identifies the answer message (for example the chat's hash and the message id); empty
     *     when unknown, which makes the vote one per user and entry
     * @return true if stored, false if the user had already voted on this answer
     */
    public boolean record(String userHash, String entryId, String answer, boolean helpful) {
        Objects.requireNonNull(userHash, "userHash");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(answer, "answer");
        long now = clock.millis();
        return database.run(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT OR IGNORE INTO feedback (user_hash, entry_id, answer, helpful, voted_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, userHash);
                insert.setString(2, entryId);
                insert.setString(3, answer);
                insert.setInt(4, helpful ? 1 : 0);
                insert.setLong(5, now);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** The votes per entry cast in [{@code since}, {@code until}), entries with the most 👎 first, then by id. */
    public List<Votes> votes(Instant since, Instant until) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT entry_id, SUM(helpful), SUM(1 - helpful) FROM feedback
                    WHERE voted_at >= ? AND voted_at < ? GROUP BY entry_id ORDER BY SUM(1 - helpful) DESC, SUM(helpful), entry_id""")) {
                select.setLong(1, since.toEpochMilli());
                select.setLong(2, until.toEpochMilli());
                List<Votes> votes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        votes.add(new Votes(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                    }
                }
                return votes;
            }
        });
    }
}
