package com.awshiringbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Deletes what the bot no longer needs: questions and feedback older than the retention period
 * ({@code store.retention-days}), and the ids of done updates older than the de-duplication window. Pending updates
 * are never purged: they are work still to do.
 */
public final class Purge {
    /**
     * How long the id of a handled update is kept: Telegram re-delivers an unconfirmed update for up to 24 hours,
     * so an id is remembered for twice that.
     */
    public static final Duration DEDUP_WINDOW = Duration.ofDays(2);

    /** What one purge deleted. */
    public record Result(int questions, int feedback, int updates) {
        public int total() {
            return questions + feedback + updates;
        }
    }

    private final Database database;
    private final Clock clock;
    private final Duration retention;

    /** @param retentionDays how many days questions and feedback are kept, at least 1 */
    public Purge(Database database, Clock clock, int retentionDays) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1, but is " + retentionDays);
        }
        this.retention = Duration.ofDays(retentionDays);
    }

    /** Deletes, in one transaction, every row past its keeping time. */
    public Result run() {
        long now = clock.millis();
        long keptSince = now - retention.toMillis();
        long idsSince = now - DEDUP_WINDOW.toMillis();
        return database.transaction(c -> new Result(
                delete(c, "DELETE FROM questions WHERE asked_at < ?", keptSince),
                delete(c, "DELETE FROM feedback WHERE voted_at < ?", keptSince),
                delete(c, "DELETE FROM inbox WHERE state = 'done' AND done_at < ?", idsSince)));
    }

    private static int delete(Connection c, String sql, long before) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setLong(1, before);
            return delete.executeUpdate();
        }
    }
}
