package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.Language;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The Telegram bot: long polling with telegrambots, answers from the core, sends within Telegram's limits.
 * Wired here in one place: OkHttp clients (the poll's read timeout just above the poll timeout, no silent
 * re-sends, no logging of URLs, which hold the token), the Bot API client, the send limiter and retrying sender,
 * the per-chat workers, the update router and the polling consumer.
 *
 * <p>{@link #start()} connects (retrying while Telegram is unreachable), warms the core, answers what the
 * {@link UpdateJournal} left unfinished, and starts polling. {@link #stop()} stops polling, finishes the replies in
 * hand within the shutdown grace, and shuts every thread down, so the JVM can exit at once.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query");
    private static final Duration MAX_START_PAUSE = Duration.ofSeconds(60);

    private final BotSettings settings;
    private final String token;
    private final TelegramUrl url;
    private final Supplier<Answerer> core;
    private final BotSeams seams;
    private final OkHttpClient sendHttp;
    private final OkHttpClient pollHttp;
    private final OkHttpTelegramClient client;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Sender sender;
    private final ChatWorkers workers;
    private final UpdateRouter router;
    private final ScheduledExecutorService polling;
    private final PollingMonitor monitor;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile BotIdentity identity;
    private volatile TelegramBotsLongPollingApplication app;

    /**
     * @param token the bot token (from {@code TELEGRAM_BOT_TOKEN}); it never appears in a log line
     * @param core the answering core; asked anew for every update, so a live reload can swap it
     */
    public TelegramBot(Settings settings, String token, Supplier<Answerer> core, BotSeams seams) {
        this.settings = BotSettings.from(Objects.requireNonNull(settings, "settings"));
        this.token = Objects.requireNonNull(token, "token");
        this.url = TelegramUrls.parse(settings.string("telegram.api-url"));
        this.core = Objects.requireNonNull(core, "core");
        this.seams = Objects.requireNonNull(seams, "seams");
        this.sendHttp = HttpClients.sending(this.settings);
        this.monitor = new PollingMonitor(this.settings.retryInitial(), MAX_START_PAUSE, token);
        this.pollHttp = HttpClients.polling(sendHttp, this.settings, monitor);
        this.client = new OkHttpTelegramClient(mapper, sendHttp, token, url);
        this.sender = new Sender(client, new SendLimiter(this.settings.sendMaxPerSecond(),
                this.settings.sendPerChatPerSecond(), this.settings.sendPerGroupPerMinute()), this.settings, token);
        this.workers = new ChatWorkers(this.settings.workers());
        Views views = new Views(core);
        FloodGuard flood = new FloodGuard(this.settings.floodMaxPerMinute());
        Supplier<BotIdentity> me = () -> identity;
        this.router = new UpdateRouter(
                new MessageHandler(core, views, sender, flood, seams, this.settings.maxQuestionChars(), me),
                new CallbackHandler(views, sender, flood, seams.feedback()),
                new InlineHandler(core, views, sender, this.settings.maxQuestionChars(), me));
        this.polling = Executors.newSingleThreadScheduledExecutor(HttpClients.daemon("telegram-polling"));
    }

    /**
     * Connects to the Bot API, warms the core, answers the journal's unfinished updates, and starts polling.
     * While Telegram cannot be reached it retries with back-off until {@link #stop()}.
     *
     * @return true when polling, false when stopped before it could start
     * @throws BotStartException when Telegram refuses the token (the message names no token)
     */
    public boolean start() throws BotStartException, InterruptedException {
        identity = untilReachable("getMe", this::getMe);
        if (identity == null) {
            return false;
        }
        log.info("Connected to the Bot API at {}://{}:{} as @{}", url.getSchema(), url.getHost(), url.getPort(), identity.username());
        Warmup.run(core.get(), mapper);
        setCommands();
        List<Update> unfinished = seams.journal().unfinished();
        if (!unfinished.isEmpty()) {
            log.info("Answering {} updates left unfinished by the last run", unfinished.size());
            unfinished.forEach(this::dispatch);
        }
        if (untilReachable("deleteWebhook", this::register) == null) {
            return false;
        }
        log.info("Polling for updates (timeout {} s)", settings.pollTimeout().toSeconds());
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
        stopping.countDown();
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
            HttpClients.shutDown(sendHttp);
            HttpClients.shutDown(pollHttp);
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

    private BotIdentity getMe() throws TelegramApiException, BotStartException {
        try {
            User me = client.execute(new GetMe());
            return new BotIdentity(me.getId(), me.getUserName());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new BotStartException("Telegram refused the bot token (" + code + " "
                        + (code == 401 ? "Unauthorized" : "Not Found") + "). Check TELEGRAM_BOT_TOKEN.");
            }
            throw e;
        }
    }

    private void setCommands() throws InterruptedException {
        for (Language language : Language.values()) {
            SetMyCommands.SetMyCommandsBuilder<?, ?> commands = SetMyCommands.builder().commands(List.of(
                    new BotCommand("start", Messages.commandStart(language)),
                    new BotCommand("stages", Messages.commandStages(language)),
                    new BotCommand("faq", Messages.commandFaq(language)),
                    new BotCommand("about", Messages.commandAbout(language)),
                    new BotCommand("help", Messages.commandHelp(language))));
            if (language == Language.EN) {
                commands.languageCode("en");
            }
            try {
                sender.call(commands.build(), null);
            } catch (SendFailedException e) {
                log.warn("Could not set the command list: {}", Secrets.redact(e.getMessage(), token));
            }
        }
    }

    private Boolean register() throws TelegramApiException, InterruptedException {
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(
                () -> mapper, () -> pollHttp, () -> polling, () -> monitor);
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

    /** Runs {@code attempt} until it succeeds, retrying faults with back-off; null when stopped meanwhile. */
    private <T> T untilReachable(String what, Attempt<T> attempt) throws BotStartException, InterruptedException {
        Duration pause = settings.retryInitial();
        while (!stopRequested.get()) {
            try {
                return attempt.run();
            } catch (TelegramApiException | RuntimeException e) {
                log.warn("{} failed ({}); the Bot API at {}://{}:{} may be unreachable; retrying in {} ms", what,
                        Secrets.describe(e, token), url.getSchema(), url.getHost(), url.getPort(), pause.toMillis());
            }
            if (stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                break;
            }
            pause = pause.multipliedBy(2).compareTo(MAX_START_PAUSE) > 0 ? MAX_START_PAUSE : pause.multipliedBy(2);
        }
        return null;
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
        monitor.stopping();
        pollHttp.dispatcher().cancelAll();
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

    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws TelegramApiException, BotStartException, InterruptedException;
    }
}
