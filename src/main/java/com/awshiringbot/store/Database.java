package com.awshiringbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The bot's embedded SQLite database: one file, {@value #FILE_NAME}, in the data folder, created on first open.
 * It runs in WAL mode (readers such as the {@code sqlite3} shell or the {@code report} command do not block the bot)
 * with a busy timeout, and its schema is versioned by {@code PRAGMA user_version}: pending migrations are applied
 * in one transaction when the database is opened.
 *
 * <p>One connection serves the whole process; every unit of work takes it under a lock, so the stores built on
 * it are thread-safe and each of their methods is atomic.
 */
public final class Database implements AutoCloseable {
    /** The database's file name inside the data folder. */
    public static final String FILE_NAME = "bot.sqlite";

    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the database in {@code dataDir}, creating the folder and the file if needed, and migrates it. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        NativeLibrary.useCopyIn(dataDir);
        return connect(dataDir.resolve(FILE_NAME));
    }

    /** Opens the database in {@code dataDir} only if its file exists; fails naming the file otherwise. */
    public static Database openExisting(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("No database at " + file + " (the bot creates it on its first start)");
        }
        return connect(file);
    }

    private static Database connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL (in WAL mode): a commit survives a crash of the process; only durableTransaction waits for the disk.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // IMMEDIATE: a transaction takes the write lock when it begins, so two processes never deadlock upgrading.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
        Database database = new Database(file, connection);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The schema version of the file, {@code PRAGMA user_version}. */
    public int schemaVersion() {
        return run(Database::userVersion);
    }

    private void migrate() {
        transaction(c -> {
            int version = userVersion(c);
            if (version > Migrations.latest()) {
                throw new StoreException("The database " + file + " has schema version " + version
                        + ", newer than this bot's " + Migrations.latest() + ": run a newer version of the bot");
            }
            List<List<String>> all = Migrations.ALL;
            try (Statement statement = c.createStatement()) {
                for (int next = version + 1; next <= all.size(); next++) {
                    for (String sql : all.get(next - 1)) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + next);
                }
            }
            return null;
        });
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /**
     * Runs {@code work} in one transaction whose commit is on disk when this returns (synchronous FULL), so that it
     * survives even a power cut or an operating-system crash; earlier commits are flushed with it. Slower than
     * {@link #transaction}: for the inbox's admissions, which Telegram is told about.
     */
    <T> T durableTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            setSynchronous("FULL");
            try {
                return transaction(work);
            } finally {
                setSynchronous("NORMAL");
            }
        } finally {
            lock.unlock();
        }
    }

    private void setSynchronous(String mode) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA synchronous = " + mode);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. The commit
     * survives a crash of the process (kill -9); a power cut may undo the last commits.
     */
    <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} outside an explicit transaction (each statement commits on its own). */
    <T> T run(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException("Database " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }
}
