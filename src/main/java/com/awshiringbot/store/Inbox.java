package com.awshiringbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable inbox of one bot's updates, so that none is lost or answered twice across crashes. A batch from
 * {@code getUpdates} is {@linkplain #admit admitted} in one transaction before it is confirmed to Telegram; each
 * update is {@linkplain #markDone marked done} once answered; at start-up the {@linkplain #pending pending} ones are
 * answered first. A done row keeps only its id (its JSON is dropped) until {@link Purge} removes it after the
 * de-duplication window.
 *
 * <p>Rows are keyed by (bot id, update id): update ids are only unique per bot.
 */
public final class Inbox {
    /** Start-ups an update may be retried at before it is given up as one that crashes the bot. */
    public static final int MAX_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final Database database;
    private final long botId;
    private final Clock clock;

    public Inbox(Database database, long botId, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.botId = botId;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a batch in one transaction and returns the updates not seen before (pending or done), in batch
     * order. When this returns, the batch is on disk (flushed, so it survives a power cut) and may be confirmed to
     * Telegram.
     */
    public List<InboxUpdate> admit(List<InboxUpdate> batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            return List.of();
        }
        long now = clock.millis();
        return database.durableTransaction(c -> {
            List<InboxUpdate> fresh = new ArrayList<>();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT OR IGNORE INTO inbox (bot_id, update_id, state, payload, received_at) VALUES (?, ?, 'pending', ?, ?)")) {
                for (InboxUpdate update : batch) {
                    insert.setLong(1, botId);
                    insert.setLong(2, update.updateId());
                    insert.setString(3, update.json());
                    insert.setLong(4, now);
                    if (insert.executeUpdate() == 1) {
                        fresh.add(update);
                    }
                }
            }
            return fresh;
        });
    }

    /**
     * The updates admitted but not done, oldest first, to be answered at start-up. Each call counts as one more
     * attempt at them; an update already tried {@value #MAX_ATTEMPTS} times is given up (marked done and logged)
     * rather than crash the bot forever.
     */
    public List<InboxUpdate> pending() {
        long now = clock.millis();
        return database.transaction(c -> {
            List<InboxUpdate> pending = new ArrayList<>();
            List<Long> abandoned = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT update_id, payload, attempts FROM inbox WHERE bot_id = ? AND state = 'pending' ORDER BY update_id")) {
                select.setLong(1, botId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getInt(3) >= MAX_ATTEMPTS) {
                            abandoned.add(rows.getLong(1));
                        } else {
                            pending.add(new InboxUpdate(rows.getLong(1), rows.getString(2)));
                        }
                    }
                }
            }
            try (PreparedStatement attempt = c.prepareStatement(
                    "UPDATE inbox SET attempts = attempts + 1 WHERE bot_id = ? AND update_id = ?")) {
                for (InboxUpdate update : pending) {
                    attempt.setLong(1, botId);
                    attempt.setLong(2, update.updateId());
                    attempt.executeUpdate();
                }
            }
            for (long updateId : abandoned) {
                markDone(c, updateId, now);
                log.warn("Giving up update {}: it was pending at {} start-ups in a row", updateId, MAX_ATTEMPTS);
            }
            return pending;
        });
    }

    /**
     * Marks an update answered: only its id is kept, for de-duplication. Unknown ids are ignored. This commit is not
     * flushed on its own: a power cut right after it may bring the update back as pending (answered twice, never
     * lost); the next admission flushes it.
     */
    public void markDone(long updateId) {
        long now = clock.millis();
        database.run(c -> markDone(c, updateId, now));
    }

    private int markDone(Connection c, long updateId, long now) throws SQLException {
        try (PreparedStatement done = c.prepareStatement(
                "UPDATE inbox SET state = 'done', payload = NULL, done_at = ? WHERE bot_id = ? AND update_id = ? AND state = 'pending'")) {
            done.setLong(1, now);
            done.setLong(2, botId);
            done.setLong(3, updateId);
            return done.executeUpdate();
        }
    }
}
