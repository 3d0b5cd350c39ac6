package com.awshiringbot.ops;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.ConfigException;
import com.awshiringbot.config.Settings;
import com.awshiringbot.reload.AnswererFactory;
import com.awshiringbot.reload.HangupSignal;
import com.awshiringbot.reload.KnowledgeWatcher;
import com.awshiringbot.reload.ReloadingAnswerer;
import com.awshiringbot.store.Database;
import com.awshiringbot.store.ReportBuilder;
import com.awshiringbot.telegram.BotSeams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the running bot keeps outside Telegram, wired in one place: the SQLite database in {@code bot.data-dir}
 * with its inbox, feedback and question log; the purge (at start and every six hours); the live-reloading core and
 * its triggers (file watching when {@code reload.watch}, SIGHUP, {@code /reload}); and the admin commands. Close it
 * after the bot has stopped, so the last replies are marked done before the database closes.
 */
public final class Operations implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Operations.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(6);

    private final Database database;
    private final ReloadingAnswerer answerer;
    private final KnowledgeWatcher watcher;
    private final ScheduledExecutorService purges;
    private final StoredJournal journal;
    private final StoredFeedback feedback;
    private final StoredQuestionLog questions;
    private final OpsAdminCommands admin;

    private Operations(Database database, ReloadingAnswerer answerer, KnowledgeWatcher watcher,
            ScheduledExecutorService purges, StoredJournal journal, StoredFeedback feedback,
            StoredQuestionLog questions, OpsAdminCommands admin) {
        this.database = database;
        this.answerer = answerer;
        this.watcher = watcher;
        this.purges = purges;
        this.journal = journal;
        this.feedback = feedback;
        this.questions = questions;
        this.admin = admin;
    }

    /**
     * Opens the database, purges it, builds the first core and starts the reload triggers.
     *
     * @param botId the bot's numeric id (see {@link #botId(String)}): the inbox keys update ids by it
     * @param cores builds a core from a knowledge folder; a broken folder at start fails here
     */
    public static Operations start(Settings settings, long botId, AnswererFactory cores) throws Exception {
        return start(settings, botId, cores.build(settings.path("bot.knowledge-dir")), cores);
    }

    /**
     * Opens the database, purges it and starts the reload triggers over a first core already built.
     *
     * @param botId the bot's numeric id (see {@link #botId(String)}): the inbox keys update ids by it
     * @param first the core built from {@code bot.knowledge-dir} at start-up
     * @param cores builds the next cores from the knowledge folder, at each reload
     */
    public static Operations start(Settings settings, long botId, Answerer first, AnswererFactory cores) {
        int debounceMillis = debounceMillis(settings);
        return start(settings, BotStore.open(settings, botId), first, cores, debounceMillis);
    }

    /**
     * Starts the reload triggers over a store opened beforehand (while the first core was being built) and that core.
     * The store is closed here when this fails, and by {@link #close()} otherwise.
     *
     * @param first the core built from {@code bot.knowledge-dir} at start-up
     * @param cores builds the next cores from the knowledge folder, at each reload
     */
    public static Operations start(Settings settings, BotStore store, Answerer first, AnswererFactory cores) {
        int debounceMillis;
        try {
            debounceMillis = debounceMillis(settings);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return start(settings, store, first, cores, debounceMillis);
    }

    private static int debounceMillis(Settings settings) {
        int debounceMillis = settings.integer("reload.debounce-ms");
        if (debounceMillis < 0) {
            throw new ConfigException("Setting 'reload.debounce-ms' must not be negative, but is " + debounceMillis);
        }
        return debounceMillis;
    }

    private static Operations start(Settings settings, BotStore store, Answerer first, AnswererFactory cores,
            int debounceMillis) {
        Path knowledgeDir = settings.path("bot.knowledge-dir");
        Database database = store.database;
        ReloadingAnswerer answerer = null;
        KnowledgeWatcher watcher = null;
        ScheduledExecutorService purges = null;
        try {
            answerer = ReloadingAnswerer.over(first, knowledgeDir, cores);
            if (settings.bool("reload.watch")) {
                watcher = KnowledgeWatcher.start(knowledgeDir, Duration.ofMillis(debounceMillis),
                        answerer::reloadLater);
            }
            boolean hangup = HangupSignal.install(answerer::reloadLater);
            log.info("Database {}; knowledge reload on{}{} /reload", database.file(),
                    watcher != null ? " file change," : "", hangup ? " SIGHUP," : "");
            purges = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "store-purge");
                thread.setDaemon(true);
                return thread;
            });
            purges.scheduleWithFixedDelay(store::purge, PURGE_EVERY.toMinutes(), PURGE_EVERY.toMinutes(), TimeUnit.MINUTES);
            return new Operations(database, answerer, watcher, purges, store.journal, store.feedback, store.questions,
                    new OpsAdminCommands(settings.longs("bot.admin-chats"),
                            new ReportBuilder(store.questionStore, store.feedbackStore, store.clock), answerer));
        } catch (IOException e) {
            closeAll(purges, watcher, answerer, database);
            throw new UncheckedIOException("Cannot watch the knowledge folder " + knowledgeDir + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            closeAll(purges, watcher, answerer, database);
            throw e;
        }
    }

    /**
     * The bot's id: the number before the colon of its token (public, unlike the rest of the token); 0 when the
     * token has no such number.
     */
    public static long botId(String token) {
        int colon = token == null ? -1 : token.indexOf(':');
        if (colon > 0 && colon <= 19 && token.substring(0, colon).chars().allMatch(Character::isDigit)) {
            return Long.parseLong(token.substring(0, colon));
        }
        return 0;
    }

    /** The live-reloading core to answer with. */
    public ReloadingAnswerer answerer() {
        return answerer;
    }

    public StoredJournal journal() {
        return journal;
    }

    public StoredFeedback feedback() {
        return feedback;
    }

    public StoredQuestionLog questions() {
        return questions;
    }

    public OpsAdminCommands admin() {
        return admin;
    }

    /** The seams the Telegram bot plugs into: the durable journal, the stores and the admin commands. */
    public BotSeams seams() {
        return new BotSeams(journal, feedback, questions, admin);
    }

    /** Stops the triggers and the purge, then closes the database. */
    @Override
    public void close() {
        closeAll(purges, watcher, answerer, database);
    }

    private static void closeAll(ScheduledExecutorService purges, KnowledgeWatcher watcher, ReloadingAnswerer answerer,
            Database database) {
        if (purges != null) {
            purges.shutdownNow();
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                log.warn("Closing the knowledge watcher: {}", e.getMessage());
            }
        }
        if (answerer != null) {
            answerer.close();
        }
        database.close();
    }
}
