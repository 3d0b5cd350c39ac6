package com.awshiringbot.store;

import java.util.List;

/**
 * The schema, as an ordered list of migrations: migration {@code i} (1-based) brings {@code PRAGMA user_version}
 * from {@code i - 1} to {@code i}. Never edit a migration that has shipped; append a new one.
 */
final class Migrations {
    static final List<List<String>> ALL = List.of(
            // 1: inbox, feedback, questions.
            List.of(
                    """
                    CREATE TABLE inbox (
                        bot_id      INTEGER NOT NULL,
                        update_id   INTEGER NOT NULL,
                        state       TEXT    NOT NULL CHECK (state IN ('pending', 'done')),
                        payload     TEXT,
                        attempts    INTEGER NOT NULL DEFAULT 0,
                        received_at INTEGER NOT NULL,
                        done_at     INTEGER,
                        PRIMARY KEY (bot_id, update_id),
                        CHECK (state = 'pending' OR payload IS NULL)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX inbox_done_at ON inbox (done_at) WHERE state = 'done'",
                    """
                    CREATE TABLE feedback (
                        user_hash TEXT    NOT NULL,
                        entry_id  TEXT    NOT NULL,
                        answer    TEXT    NOT NULL,
                        helpful   INTEGER NOT NULL CHECK (helpful IN (0, 1)),
                        voted_at  INTEGER NOT NULL,
                        PRIMARY KEY (user_hash, entry_id, answer)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX feedback_voted_at ON feedback (voted_at)",
                    """
                    CREATE TABLE questions (
                        id       INTEGER PRIMARY KEY,
                        asked_at INTEGER NOT NULL,
                        outcome  TEXT    NOT NULL CHECK (outcome IN ('answer', 'did_you_mean', 'dont_know')),
                        language TEXT    NOT NULL,
                        entry_id TEXT,
                        score    REAL    NOT NULL,
                        question TEXT,
                        guesses  TEXT,
                        CHECK (outcome <> 'answer' OR (question IS NULL AND guesses IS NULL))
                    )""",
                    "CREATE INDEX questions_asked_at ON questions (asked_at)"));

    private Migrations() {
    }

    /** The schema version this code writes. */
    static int latest() {
        return ALL.size();
    }
}
