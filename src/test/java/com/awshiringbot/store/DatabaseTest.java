package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opening_creates_the_folder_and_the_file_at_the_latest_schema_in_wal_mode() throws Exception {
        Path dataDir = dir.resolve("data");
        try (Database database = Database.open(dataDir)) {
            assertEquals(dataDir.resolve("bot.sqlite"), database.file());
            assertTrue(Files.isRegularFile(database.file()));
            assertEquals(Migrations.latest(), database.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("bot.sqlite"));
                Statement s = c.createStatement()) {
            assertEquals("wal", single(s, "PRAGMA journal_mode"));
            assertEquals(List.of("feedback", "inbox", "questions"),
                    column(s, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        }
    }

    @Test
    void reopening_keeps_the_data_and_applies_no_migration_twice() {
        try (Database database = Database.open(dir)) {
            new Inbox(database, 1, new TestClock("2026-03-01T00:00:00Z")).admit(List.of(new InboxUpdate(7, "{}")));
        }
        try (Database database = Database.open(dir)) {
            assertEquals(Migrations.latest(), database.schemaVersion());
            List<InboxUpdate> again = new Inbox(database, 1, new TestClock("2026-03-01T00:00:00Z"))
                    .admit(List.of(new InboxUpdate(7, "{}")));
            assertEquals(List.of(), again);
        }
    }

    @Test
    void a_database_from_a_newer_bot_is_refused_naming_both_versions() throws Exception {
        Database.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bot.sqlite"));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertEquals("The database " + dir.resolve("bot.sqlite") + " has schema version 99, newer than this bot's "
                + Migrations.latest() + ": run a newer version of the bot", e.getMessage());
    }

    @Test
    void open_existing_fails_naming_the_missing_file_and_creates_nothing() {
        StoreException e = assertThrows(StoreException.class, () -> Database.openExisting(dir.resolve("data")));
        assertEquals("No database at " + dir.resolve("data").resolve("bot.sqlite")
                + " (the bot creates it on its first start)", e.getMessage());
        assertTrue(Files.notExists(dir.resolve("data")));
    }

    static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
