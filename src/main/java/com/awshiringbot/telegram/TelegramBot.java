package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram bot: long polling with telegrambots, answers from the core, sends within Telegram's limits.
 * Wired here in one place over a {@link BotConnection} (the HTTP clients, the Bot API client and the sender): the
 * per-chat workers, the update router and the polling consumer.
 *
 * <p>{@link #start()} connects (retrying while Telegram is unreachable), warms the core, answers what the
 * {@link UpdateJournal} left unfinished, and starts polling. A start-up in a hurry connects on another thread while
 * the core is built, then calls {@link #startPolling()}. {@link #stop()} stops polling, finishes the replies in
 * hand within the shutdown grace, and shuts every thread down, so the JVM can exit at once.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query");

    private final BotConnection connection;
    private final BotSettings settings;
    private final String token;
    private final TelegramUrl url;
    private final Supplier<Answerer> core;
    private final BotSeams seams;
    private final ChatWorkers workers;
    private final UpdateRouter router;
    private final ScheduledExecutorService polling;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile TelegramBotsLongPollingApplication app;

    /**
     * @param token the bot token (from {@code TELEGRAM_BOT_TOKEN}); it never appears in a log line
     * @param core the answering core; asked anew for every update, so a live reload can swap it
     */
    public TelegramBot(Settings settings, String token, Supplier<Answerer> core, BotSeams seams) {
        this(BotConnection.open(settings, token), core, seams);
    }

    /**
     * A bot over a connection that may be connecting still, or already connected (on another thread, while the
     * core was being built); the bot closes it when it stops.
     *
     * @param core the answering core; asked anew for every update, so a live reload can swap it
     */
    public TelegramBot(BotConnection connection, Supplier<Answerer> core, BotSeams seams) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.settings = connection.settings;
        this.token = connection.token;
        this.url = connection.url;
        this.core = Objects.requireNonNull(core, "core");
        this.seams = Objects.requireNonNull(seams, "seams");
        this.workers = new ChatWorkers(this.settings.workers());
        Views views = new Views(core);
        FloodGuard flood = new FloodGuard(this.settings.floodMaxPerMinute());
        Supplier<BotIdentity> me = connection::identity;
        Sender sender = connection.sender;
        this.router = new UpdateRouter(
                new MessageHandler(core, views, sender, flood, seams, this.settings.maxQuestionChars(), me),
                new CallbackHandler(views, sender, flood, seams.feedback()),
                new InlineHandler(core, views, sender, this.settings.maxQuestionChars(), me));
        this.polling = Executors.newSingleThreadScheduledExecutor(HttpClients.daemon("telegram-polling"));
    }

    /**
     * Connects to the Bot API ({@link BotConnection#connect()}), then {@link #startPolling()}. While Telegram cannot
     * be reached it retries with back-off until {@link #stop()}.
     *
     * @return true when polling, false when stopped before it could start
     * @throws BotStartException when Telegram refuses the token (the message names no token)
     */
    public boolean start() throws BotStartException, InterruptedException {
        return connection.connect() && startPolling();
    }

    /**
     * Over a connection already connected: warms the core, answers the journal's unfinished updates, and starts
     * polling (retrying {@code deleteWebhook} with back-off while Telegram cannot be reached); then, while the first
     * long poll waits, warms Jackson on the Bot API types and the journal's JSON.
     *
     * @return true when polling, false when stopped before it could start
     * @throws IllegalStateException when the connection has not connected
     */
    public boolean startPolling() throws BotStartException, InterruptedException {
        if (connection.identity() == null) {
            if (stopRequested.get() || connection.closed()) {
                return false;
            }
            throw new IllegalStateException("the connection to the Bot API is not made yet");
        }
        Warmup.core(core.get());
        List<Update> unfinished = seams.journal().unfinished();
        if (!unfinished.isEmpty()) {
            log.info("Answering {} updates left unfinished by the last run", unfinished.size());
            unfinished.forEach(this::dispatch);
        }
        if (connection.untilReachable("deleteWebhook", this::register) == null) {
            return false;
        }
        log.info("Polling for updates (timeout {} s)", settings.pollTimeout().toSeconds());
        // Telegram keeps updates until they are fetched, so an update that arrives meanwhile waits no longer than it
        // would have had these warm-ups come before the first poll; and on two busy cores they no longer slow the core's
        // build, which the first poll does wait for.
        Warmup.botApi(connection.mapper);
        seams.journal().warmUp();
        return true;
    }

    /**
     * Stops polling, finishes the replies in hand (up to {@code telegram.shutdown-grace-seconds}), and shuts down the
     * workers and OkHttp's threads. Replies not finished stay unfinished in the journal. Safe to call twice.
     */
    public void stop() {
        if (!stopRequested.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        connection.stopRetrying();
        log.info("Stopping: polling first, then the replies in hand (up to {} s)", settings.shutdownGrace().toSeconds());
        try {
            stopPolling();
            int left = workers.drain(settings.shutdownGrace());
            if (left > 0) {
                log.warn("{} updates were not answered in time; they stay unfinished in the journal", left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connection.close();
            stopped.countDown();
            log.info("Stopped");
        }
    }

    /** Waits until {@link #stop()} has finished. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        stop();
    }

    private void dispatch(Update update) {
        workers.submit(UpdateRouter.orderKey(update), () -> answer(update));
    }

    private void answer(Update update) {
        try {
            router.route(update);
            seams.journal().done(update);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.info("Update {} interrupted by shutdown; it stays unfinished", update.getUpdateId());
        } catch (SendFailedException e) {
            log.warn("Update {} not answered: {}; it stays unfinished", update.getUpdateId(), Secrets.redact(e.getMessage(), token));
        } catch (RuntimeException e) {
            log.error("Update {} failed: {}", update.getUpdateId(), Secrets.describe(e, token));
            try {
                seams.journal().done(update);
            } catch (RuntimeException again) {
                log.error("Could not mark update {} done: {}", update.getUpdateId(), again.toString());
            }
        }
    }

    private Boolean register() throws TelegramApiException, InterruptedException {
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(
                () -> connection.mapper, () -> connection.pollHttp, () -> polling, () -> connection.monitor);
        try {
            application.registerBot(token, () -> url, this::getUpdates, new PollingConsumer(seams.journal(), this::dispatch));
            app = application;
            if (stopRequested.get()) {
                stopPolling();
            }
            return Boolean.TRUE;
        } catch (TelegramApiException | RuntimeException e) {
            try {
                application.unregisterBot(token);
            } catch (TelegramApiException | RuntimeException ignored) {
                // Not registered: nothing to undo.
            }
            throw e;
        }
    }

    private GetUpdates getUpdates(Integer lastReceived) {
        return GetUpdates.builder()
                .offset(lastReceived + 1)
                .limit(100)
                .timeout((int) settings.pollTimeout().toSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    private void stopPolling() throws InterruptedException {
        TelegramBotsLongPollingApplication application = app;
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Closing the polling session: {}", Secrets.describe(e, token));
            }
        }
        // The session's stop does not end the long poll in flight: cancel it, so polling ends now.
        connection.monitor.stopping();
        connection.pollHttp.dispatcher().cancelAll();
        polling.shutdownNow();
        if (!polling.awaitTermination(3, TimeUnit.SECONDS)) {
            log.warn("The polling thread did not stop in time");
        }
    }

    private void awaitQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
