package com.awshiringbot.ops;

import com.awshiringbot.config.ConfigException;
import com.awshiringbot.config.Settings;
import com.awshiringbot.store.Database;
import com.awshiringbot.store.FeedbackStore;
import com.awshiringbot.store.IdHasher;
import com.awshiringbot.store.Inbox;
import com.awshiringbot.store.Purge;
import com.awshiringbot.store.QuestionStore;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The half of {@link Operations} that needs no answering core, so that start-up can open it while the core is being
 * built: the SQLite database in {@code bot.data-dir} (migrated), purged once, and the stores over it — the update
 * journal, feedback and question log. {@link Operations#start(Settings, BotStore, com.awshiringbot.answer.Answerer,
 * com.awshiringbot.reload.AnswererFactory)} takes it over; close it only when that is not reached.
 */
public final class BotStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotStore.class);

    final Database database;
    final Clock clock;
    final Purge purge;
    final QuestionStore questionStore;
    final FeedbackStore feedbackStore;
    final StoredJournal journal;
    final StoredFeedback feedback;
    final StoredQuestionLog questions;

    private BotStore(Database database, Clock clock, Path dataDir, int retentionDays, long botId) {
        this.database = database;
        this.clock = clock;
        this.purge = new Purge(database, clock, retentionDays);
        this.questionStore = new QuestionStore(database, clock);
        this.feedbackStore = new FeedbackStore(database, clock);
        this.journal = new StoredJournal(new Inbox(database, botId, clock));
        this.feedback = new StoredFeedback(feedbackStore, IdHasher.forDataDir(dataDir));
        this.questions = new StoredQuestionLog(questionStore);
    }

    /**
     * Opens (creating and migrating) the database in {@code bot.data-dir} and purges what is past its keeping time.
     *
     * @param botId the bot's numeric id (see {@link Operations#botId(String)}): the inbox keys update ids by it
     */
    public static BotStore open(Settings settings, long botId) {
        Path dataDir = settings.path("bot.data-dir");
        int retentionDays = settings.integer("store.retention-days");
        if (retentionDays < 1) {
            throw new ConfigException("Setting 'store.retention-days' must be at least 1, but is " + retentionDays);
        }
        long started = System.nanoTime();
        Database database = Database.open(dataDir);
        try {
            BotStore store = new BotStore(database, Clock.systemUTC(), dataDir, retentionDays, botId);
            store.purge();
            log.info("Store ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            return store;
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    /** The database file. */
    public Path file() {
        return database.file();
    }

    void purge() {
        try {
            Purge.Result result = purge.run();
            if (result.total() > 0) {
                log.info("Purged {} questions, {} votes and {} handled update ids past their keeping time",
                        result.questions(), result.feedback(), result.updates());
            }
        } catch (RuntimeException e) {
            log.error("Purge failed: {}", e.getMessage());
        }
    }

    /** Closes the database. */
    @Override
    public void close() {
        database.close();
    }
}
