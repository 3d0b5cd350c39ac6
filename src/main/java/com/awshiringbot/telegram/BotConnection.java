package com.awshiringbot.telegram;

import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.Language;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The bot's link to the Bot API, which needs no answering core and so can be made while the core is still being
 * built: the OkHttp clients (the poll's read timeout just above the poll timeout, no silent re-sends, no logging of
 * URLs, which hold the token), the Bot API client, the send limiter and retrying sender, who the bot is
 * ({@code getMe}), and the command list set. {@link #connect()} makes no {@code getUpdates} call, so no update is
 * confirmed before the bot is ready to answer it.
 */
public final class BotConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotConnection.class);
    static final Duration MAX_START_PAUSE = Duration.ofSeconds(60);

    final BotSettings settings;
    final String token;
    final TelegramUrl url;
    final OkHttpClient sendHttp;
    final OkHttpClient pollHttp;
    final ObjectMapper mapper = new ObjectMapper();
    final OkHttpTelegramClient client;
    final PollingMonitor monitor;
    final Sender sender;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile BotIdentity identity;
    private volatile String refusal;

    private BotConnection(Settings settings, String token) {
        this.settings = BotSettings.from(Objects.requireNonNull(settings, "settings"));
        this.token = Objects.requireNonNull(token, "token");
        this.url = TelegramUrls.parse(settings.string("telegram.api-url"));
        this.sendHttp = HttpClients.sending(this.settings);
        this.monitor = new PollingMonitor(this.settings.retryInitial(), MAX_START_PAUSE, token);
        this.pollHttp = HttpClients.polling(sendHttp, this.settings, monitor);
        this.client = new OkHttpTelegramClient(mapper, sendHttp, token, url);
        this.sender = new Sender(client, new SendLimiter(this.settings.sendMaxPerSecond(),
                this.settings.sendPerChatPerSecond(), this.settings.sendPerGroupPerMinute()), this.settings, token);
    }

    /**
     * Makes the clients; no network call yet.
     *
     * @param token the bot token (from {@code TELEGRAM_BOT_TOKEN}); it never appears in a log line
     */
    public static BotConnection open(Settings settings, String token) {
        return new BotConnection(settings, token);
    }

    /**
     * Asks the Bot API who the bot is (retrying with back-off while it cannot be reached) and sets the command
     * list. Calls no {@code getUpdates}. One thread connects at a time: a second
     * caller waits for the first's outcome; once connected, or refused, it is not asked again.
     *
     * @return true when connected, false when closed before it could connect
     * @throws BotStartException when Telegram refuses the token (the message names no token)
     */
    public synchronized boolean connect() throws BotStartException, InterruptedException {
        if (refusal != null) {
            throw new BotStartException(refusal);
        }
        if (identity != null) {
            return !closed.get();
        }
        long started = System.nanoTime();
        BotIdentity me;
        try {
            me = untilReachable("getMe", this::getMe);
        } catch (BotStartException e) {
            refusal = e.getMessage();
            throw e;
        }
        if (me == null) {
            return false;
        }
        identity = me;
        log.info("Connected to the Bot API at {}://{}:{} as @{}", url.getSchema(), url.getHost(), url.getPort(), me.username());
        setCommands();
        log.info("Bot API ready in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return !closed.get();
    }

    /** Who the bot is; null before {@link #connect()} succeeded. */
    BotIdentity identity() {
        return identity;
    }

    /** Whether {@link #close()} was called. */
    boolean closed() {
        return closed.get();
    }

    /** Ends the start-up retries and, once polling has stopped, OkHttp's calls and threads. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closing.countDown();
            HttpClients.shutDown(sendHttp);
            HttpClients.shutDown(pollHttp);
        }
    }

    /** Wakes the start-up retries so they give up; the clients stay usable (for the replies in hand). */
    void stopRetrying() {
        closing.countDown();
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

    /** Runs {@code attempt} until it succeeds, retrying faults with back-off; null when stopped meanwhile. */
    <T> T untilReachable(String what, Attempt<T> attempt) throws BotStartException, InterruptedException {
        Duration pause = settings.retryInitial();
        while (closing.getCount() > 0) {
            try {
                return attempt.run();
            } catch (TelegramApiException | RuntimeException e) {
                if (closing.getCount() == 0) {
                    break;
                }
                log.warn("{} failed ({}); the Bot API at {}://{}:{} may be unreachable; retrying in {} ms", what,
                        Secrets.describe(e, token), url.getSchema(), url.getHost(), url.getPort(), pause.toMillis());
            }
            if (closing.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                break;
            }
            pause = pause.multipliedBy(2).compareTo(MAX_START_PAUSE) > 0 ? MAX_START_PAUSE : pause.multipliedBy(2);
        }
        return null;
    }

    @FunctionalInterface
    interface Attempt<T> {
        T run() throws TelegramApiException, BotStartException, InterruptedException;
    }
}
