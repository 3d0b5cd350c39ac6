package com.awshiringbot.cli;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.ConfigException;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.ops.BotStore;
import com.awshiringbot.ops.Operations;
import com.awshiringbot.telegram.BotConnection;
import com.awshiringbot.telegram.BotStartException;
import com.awshiringbot.telegram.TelegramBot;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's start-up with its operations, the slow parts side by side: while this thread builds the answering core,
 * one thread opens the SQLite store (migrated, purged) and another connects to the Bot API (HTTP clients,
 * {@code getMe}, the command list set). Polling starts once all three are done, so a broken
 * knowledge base still stops start-up before any update is fetched, let alone confirmed: the other two are then
 * closed, and the knowledge report goes out as before.
 */
final class BotStartup {
    private static final Logger log = LoggerFactory.getLogger(BotStartup.class);
    private static final Duration STORE_CLOSE_WAIT = Duration.ofSeconds(10);

    private BotStartup() {
    }

    /**
     * Starts the bot and runs it until it is told to stop.
     *
     * @param cores builds the core from the settings, at start and at each reload
     * @return the exit code: 0 once stopped, 1 when Telegram refused the token
     * @throws KnowledgeException when the knowledge base is broken (nothing was polled)
     */
    static int run(Settings settings, AnswererFactory cores, PrintWriter err) throws KnowledgeException {
        long begin = System.nanoTime();
        String token = settings.token().orElseThrow(() -> new ConfigException("TELEGRAM_BOT_TOKEN is not set"));
        Side<BotConnection> connection = Side.start("bot-connect", () -> BotConnection.open(settings, token), c -> {
            try {
                c.connect(); // the bot's own start waits for this outcome, refusal included
            } catch (BotStartException e) {
                // reported by the bot's start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Side<BotStore> store = Side.start("bot-store", () -> BotStore.open(settings, Operations.botId(token)), s -> { });
        Answerer core;
        BotStore opened;
        BotConnection connecting;
        try {
            core = cores.create(settings);
            opened = store.join();
            connecting = connection.join();
        } catch (KnowledgeException | RuntimeException | Error e) {
            connection.abandon();
            // the store writes files in the data folder: they are closed before the failure is reported, not after
            store.abandonAndAwait(STORE_CLOSE_WAIT);
            throw e;
        }
        Operations operations;
        try {
            operations = Operations.start(settings, opened, core, knowledgeDir -> cores.create(settings));
        } catch (RuntimeException | Error e) {
            connection.abandon();
            throw e;
        }
        log.info("Core and store ready in {} ms", (System.nanoTime() - begin) / 1_000_000);
        TelegramBot bot = new TelegramBot(connecting, operations::answerer, operations.seams());
        return BotCommand.run(bot, List.of(operations), err);
    }

    /**
     * Start-up work on a thread of its own (a daemon: a start-up that fails does not wait for it). What it made is
     * closed when the start-up is abandoned, whenever that happens.
     */
    private static final class Side<T extends AutoCloseable> {
        private final CompletableFuture<T> made = new CompletableFuture<>();
        private final AtomicBoolean abandoned = new AtomicBoolean();
        private final CompletableFuture<Void> closed = new CompletableFuture<>();

        private Side() {
        }

        /** Starts {@code make} on a thread called {@code name}, then {@code then} on what it made. */
        static <T extends AutoCloseable> Side<T> start(String name, Supplier<T> make, Consumer<T> then) {
            Side<T> side = new Side<>();
            Thread thread = new Thread(() -> {
                T value;
                try {
                    value = make.get();
                } catch (RuntimeException | Error e) {
                    side.made.completeExceptionally(e);
                    return;
                }
                side.made.complete(value);
                if (!side.abandoned.get()) {
                    then.accept(value);
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
            return side;
        }

        /** What the work made (not waiting for {@code then}); its exception when it failed. */
        T join() {
            try {
                return made.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        /** Closes what the work made, now or once it is made. */
        void abandon() {
            closing();
        }

        /** Closes what the work made, waiting at most {@code wait} for it to be made and closed. */
        void abandonAndAwait(Duration wait) {
            try {
                closing().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // slow: it is closed once made
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private CompletableFuture<Void> closing() {
            if (abandoned.compareAndSet(false, true)) {
                made.thenAccept(Side::closeQuietly).whenComplete((nothing, failed) -> closed.complete(null));
            }
            return closed;
        }

        private static void closeQuietly(AutoCloseable value) {
            try {
                value.close();
            } catch (Exception e) {
                log.warn("Closing {} after a failed start: {}", value.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
