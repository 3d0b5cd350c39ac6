package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A small Telegram Bot API server for tests, on 127.0.0.1 and a free port. It speaks the documented protocol —
 * {@code /bot<token>/<method>} with case-insensitive method names, JSON or form bodies, {@code {"ok":...}} answers —
 * and keeps just enough state to behave like the real one: {@code getUpdates} long polling that confirms updates by
 * offset, known chats, sent messages that can be edited, callback and inline queries that are answered once.
 * It validates what a bot sends the way Telegram does (HTML entities, the 4,096-character limit, 64-byte
 * {@code callback_data}) and records every call, so tests assert what the bot actually sent
 * ({@link #take(String)}). Faults ({@link Fault}) can be scripted per method and chat.
 */
public final class LocalBotApi implements AutoCloseable {

    /** A token for tests; it does not have the shape of a real one. */
    public static final String TOKEN = "4242:test-secret-token";
    /** The bot's user id, the number before the colon of {@link #TOKEN}. */
    public static final long BOT_ID = 4242;
    /** The bot's username, without the {@code @}. */
    public static final String BOT_USERNAME = "aws_hiring_test_bot";
    /** How long {@link #take(String)} waits by default. */
    public static final Duration TAKE_TIMEOUT = Duration.ofSeconds(10);

    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ServerState state = new ServerState();
    private final BotApiMethods methods = new BotApiMethods(state);
    private final CallLog log = new CallLog();
    private final FaultScript faults = new FaultScript();

    private LocalBotApi(String token) throws IOException {
        this.token = token;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "local-bot-api-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server for {@link #TOKEN}. */
    public static LocalBotApi start() {
        return start(TOKEN);
    }

    /** Starts a server that accepts {@code token} and answers 401 to any other. */
    public static LocalBotApi start(String token) {
        try {
            return new LocalBotApi(token);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local Bot API server", e);
        }
    }

    /** The base URL to give the bot as {@code TELEGRAM_API_URL}, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Settings that point a bot at this server and make it quick to test: one-second polls, short retries and
     * timeouts, and send limits far above what a test sends. A test that needs another value puts it over these.
     */
    public Map<String, String> fastBotSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("telegram.api-url", url());
        settings.put("telegram.poll-timeout-seconds", "1");
        settings.put("telegram.read-timeout-margin-seconds", "2");
        settings.put("telegram.send-timeout-seconds", "3");
        settings.put("telegram.retry-initial-millis", "20");
        settings.put("telegram.retry-max-millis", "100");
        settings.put("telegram.shutdown-grace-seconds", "5");
        settings.put("bot.send-max-per-second", "1000");
        settings.put("bot.send-per-chat-per-second", "1000");
        settings.put("bot.send-per-group-per-minute", "60000");
        return settings;
    }

    // ---- pushing updates -------------------------------------------------------------------------------------

    /** A text message from {@code userId} in their private chat, with Telegram's language code {@code ko}. */
    public Pushed pushText(long userId, String text) {
        return pushText(userId, "ko", text);
    }

    /** A text message from {@code userId} in their private chat; {@code languageCode} may be null. */
    public Pushed pushText(long userId, String languageCode, String text) {
        return pushMessage(userId, "private", UpdateJson.user(userId, languageCode), m -> UpdateJson.text(m, text));
    }

    /** A text message from {@code userId} in a group ({@code groupId} negative). */
    public Pushed pushGroupText(long groupId, long userId, String text) {
        return pushMessage(groupId, ServerState.groupType(groupId), UpdateJson.user(userId, "ko"), m -> UpdateJson.text(m, text));
    }

    /** A text message in a group replying to one of the bot's messages there. */
    public Pushed pushGroupReply(long groupId, long userId, String text, int botMessageId) {
        return pushMessage(groupId, ServerState.groupType(groupId), UpdateJson.user(userId, "ko"), m -> {
            UpdateJson.text(m, text);
            ObjectNode original = state.messages.get(ServerState.key(groupId, botMessageId));
            m.set("reply_to_message", original != null ? original.deepCopy()
                    : UpdateJson.message(botMessageId, state.chat(groupId, ServerState.groupType(groupId)), ServerState.bot(), ServerState.epoch()));
        });
    }

    /** A sticker in {@code userId}'s private chat. */
    public Pushed pushSticker(long userId) {
        return pushMessage(userId, "private", UpdateJson.user(userId, "ko"), m -> m.putObject("sticker")
                .put("file_id", "sticker-file").put("file_unique_id", "sticker-unique").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false).put("emoji", "👍"));
    }

    /** A photo in {@code userId}'s private chat. */
    public Pushed pushPhoto(long userId) {
        return pushMessage(userId, "private", UpdateJson.user(userId, "ko"), m -> m.putArray("photo").addObject()
                .put("file_id", "photo-file").put("file_unique_id", "photo-unique").put("width", 90).put("height", 90));
    }

    /** A voice message in {@code userId}'s private chat. */
    public Pushed pushVoice(long userId) {
        return pushMessage(userId, "private", UpdateJson.user(userId, "ko"), m -> m.putObject("voice")
                .put("file_id", "voice-file").put("file_unique_id", "voice-unique").put("duration", 3));
    }

    /** A document in {@code userId}'s private chat. */
    public Pushed pushDocument(long userId) {
        return pushMessage(userId, "private", UpdateJson.user(userId, "ko"), m -> m.putObject("document")
                .put("file_id", "doc-file").put("file_unique_id", "doc-unique").put("file_name", "cv.pdf"));
    }

    /** A sticker in a group. */
    public Pushed pushGroupSticker(long groupId, long userId) {
        return pushMessage(groupId, ServerState.groupType(groupId), UpdateJson.user(userId, "ko"), m -> m.putObject("sticker")
                .put("file_id", "sticker-file").put("file_unique_id", "sticker-unique").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
    }

    /** A tap on an inline button with {@code data}, under the bot's message {@code messageId} in {@code chatId}. */
    public Pushed pushCallback(long userId, long chatId, int messageId, String data) {
        return pushCallback(userId, "ko", chatId, messageId, data);
    }

    /** A tap on an inline button, from a user whose Telegram language is {@code languageCode}. */
    public Pushed pushCallback(long userId, String languageCode, long chatId, int messageId, String data) {
        synchronized (state) {
            int updateId = state.nextUpdateId;
            String queryId = "cq" + updateId;
            ObjectNode stored = state.messages.get(ServerState.key(chatId, messageId));
            ObjectNode message;
            if (stored != null) {
                message = stored.deepCopy();
            } else {
                message = UpdateJson.object();
                message.set("chat", state.chat(chatId, chatId > 0 ? "private" : ServerState.groupType(chatId)));
                message.put("message_id", messageId);
                message.put("date", 0);
            }
            ObjectNode query = UpdateJson.object();
            query.put("id", queryId);
            query.set("from", UpdateJson.user(userId, languageCode));
            query.set("message", message);
            query.put("chat_instance", "ci" + chatId);
            query.put("data", data);
            state.openQueries.add(queryId);
            return new Pushed(state.add(state.update("callback_query", query)), 0, queryId);
        }
    }

    /** An inline query ({@code @bot query}) typed by {@code userId}. */
    public Pushed pushInlineQuery(long userId, String text) {
        synchronized (state) {
            String queryId = "iq" + state.nextUpdateId;
            ObjectNode query = UpdateJson.object();
            query.put("id", queryId);
            query.set("from", UpdateJson.user(userId, "ko"));
            query.put("query", text);
            query.put("offset", "");
            query.put("chat_type", "sender");
            state.openQueries.add(queryId);
            return new Pushed(state.add(state.update("inline_query", query)), 0, queryId);
        }
    }

    /** An edit of an earlier text message in {@code userId}'s private chat. */
    public Pushed pushEditedText(long userId, String text) {
        synchronized (state) {
            ObjectNode message = UpdateJson.message(state.nextMessageId++, state.chat(userId, "private"), UpdateJson.user(userId, "ko"), ServerState.epoch() - 60);
            UpdateJson.text(message, text);
            message.put("edit_date", ServerState.epoch());
            return new Pushed(state.add(state.update("edited_message", message)), message.get("message_id").asInt(), null);
        }
    }

    /** A post in a channel the bot is in. */
    public Pushed pushChannelPost(long channelId, String text) {
        synchronized (state) {
            ObjectNode channel = state.chat(channelId, "channel");
            ObjectNode message = UpdateJson.message(state.nextMessageId++, channel, null, ServerState.epoch());
            message.set("sender_chat", channel.deepCopy());
            UpdateJson.text(message, text);
            return new Pushed(state.add(state.update("channel_post", message)), message.get("message_id").asInt(), null);
        }
    }

    /** Any update, as JSON without {@code update_id} (it is assigned); for kinds the helpers do not cover. */
    public Pushed push(String kind, ObjectNode payload) {
        synchronized (state) {
            return new Pushed(state.add(state.update(kind, payload)), payload.path("message_id").asInt(), null);
        }
    }

    private Pushed pushMessage(long chatId, String chatType, ObjectNode from, Consumer<ObjectNode> content) {
        synchronized (state) {
            ObjectNode message = UpdateJson.message(state.nextMessageId++, state.chat(chatId, chatType), from, ServerState.epoch());
            content.accept(message);
            state.messages.put(ServerState.key(chatId, message.get("message_id").asInt()), message);
            return new Pushed(state.add(state.update("message", message)), message.get("message_id").asInt(), null);
        }
    }

    // ---- what the bot did ------------------------------------------------------------------------------------

    /** Every call received so far, in the order they were answered. */
    public List<ApiCall> calls() {
        return log.all();
    }

    /** The calls of one method received so far (method names compare case-insensitively). */
    public List<ApiCall> calls(String method) {
        return log.of(method);
    }

    /** The next call of {@code method} not taken before, waiting up to {@link #TAKE_TIMEOUT}. */
    public ApiCall take(String method) {
        return log.take(method, c -> true, TAKE_TIMEOUT);
    }

    /** The next call of {@code method} answered with 200 ok and not taken before. */
    public ApiCall takeDelivered(String method) {
        return log.take(method, ApiCall::succeeded, TAKE_TIMEOUT);
    }

    /** The next call of {@code method} to {@code chatId} answered with 200 ok and not taken before. */
    public ApiCall takeDelivered(String method, long chatId) {
        return log.take(method, c -> c.succeeded() && String.valueOf(chatId).equals(c.param("chat_id")), TAKE_TIMEOUT);
    }

    /** The next call of {@code method} matching {@code which} not taken before, waiting up to {@code timeout}. */
    public ApiCall take(String method, Predicate<ApiCall> which, Duration timeout) {
        return log.take(method, which, timeout);
    }

    /** Waits until the bot has confirmed {@code updateId} (asked for a later offset). */
    public void awaitConfirmed(int updateId) {
        long deadline = System.nanoTime() + TAKE_TIMEOUT.toNanos();
        synchronized (state) {
            while (state.confirmedOffset <= updateId) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("Update " + updateId + " not confirmed within " + TAKE_TIMEOUT
                            + "; offset confirmed so far: " + state.confirmedOffset);
                }
                try {
                    state.wait(Math.max(1, remaining / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for the bot", e);
                }
            }
        }
    }

    /** The highest offset a {@code getUpdates} call has asked for: every update below it is confirmed. */
    public int confirmedOffset() {
        synchronized (state) {
            return state.confirmedOffset;
        }
    }

    /** A message in a chat as it is now (after edits; {@code text} as the user sees it); null when unknown. */
    public ObjectNode message(long chatId, int messageId) {
        synchronized (state) {
            ObjectNode message = state.messages.get(ServerState.key(chatId, messageId));
            return message == null ? null : message.deepCopy();
        }
    }

    /** The commands set with {@code setMyCommands} for a language code ("" for the default); null when none. */
    public JsonNode commands(String languageCode) {
        synchronized (state) {
            return state.commands.get(languageCode);
        }
    }

    // ---- faults ----------------------------------------------------------------------------------------------

    /** The next call of {@code method} gets {@code fault}. */
    public void fault(String method, Fault fault) {
        fault(method, fault, 1);
    }

    /** The next {@code times} calls of {@code method} get {@code fault} ({@code "*"} matches every method). */
    public void fault(String method, Fault fault, int times) {
        faults.add(method, params -> true, fault, times);
    }

    /** The next {@code times} calls of {@code method} to {@code chatId} get {@code fault}. */
    public void faultForChat(String method, long chatId, Fault fault, int times) {
        faults.add(method, params -> String.valueOf(chatId).equals(params.path("chat_id").asText()), fault, times);
    }

    /** Removes the faults not used yet. */
    public void clearFaults() {
        faults.clear();
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        Instant at = Instant.now();
        try {
            String[] path = exchange.getRequestURI().getRawPath().split("/");
            String method = path.length >= 3 ? BotApiMethods.canonical(path[path.length - 1]) : "";
            ObjectNode params;
            try {
                params = RequestParams.parse(exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestBody().readAllBytes());
            } catch (IOException e) {
                respond(exchange, record(method, UpdateJson.object(), at, Answer.badRequest("can't parse request: " + e.getMessage())));
                return;
            }
            boolean testPath = path.length == 4 && path[2].equals("test");
            if (!(path.length == 3 || testPath) || !path[1].startsWith("bot")) {
                respond(exchange, record(method, params, at, Answer.error(404, "Not Found", null)));
                return;
            }
            if (!URLDecoder.decode(path[1].substring(3), StandardCharsets.UTF_8).equals(token)) {
                respond(exchange, record(method, params, at, Answer.error(401, "Unauthorized", null)));
                return;
            }
            Fault fault = faults.take(method, params);
            if (fault != null && fault.kind != Fault.Kind.DELAY) {
                handleFault(exchange, method, params, at, fault);
                return;
            }
            if (fault != null) {
                Thread.sleep(fault.duration.toMillis());
            }
            respond(exchange, record(method, params, at, methods.invoke(method, params)));
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            e.printStackTrace();
        } finally {
            exchange.close();
        }
    }

    private void handleFault(HttpExchange exchange, String method, ObjectNode params, Instant at, Fault fault)
            throws IOException, InterruptedException {
        switch (fault.kind) {
            case DROP:
                record(method, params, at, null);
                return;
            case HANG:
                record(method, params, at, null);
                closing.await();
                return;
            case HTML:
                respond(exchange, record(method, params, at, Answer.badGateway()));
                return;
            default:
                respond(exchange, record(method, params, at, Answer.error(fault.status, fault.description, fault.retryAfter)));
        }
    }

    /** Records the call before it is answered, so a client that has its answer always finds the call recorded. */
    private Answer record(String method, ObjectNode params, Instant at, Answer answer) {
        log.add(new ApiCall(method, params, answer == null ? ApiCall.DROPPED : answer.status(), result(answer), at));
        return answer;
    }

    private static JsonNode result(Answer answer) {
        if (answer == null || answer.status() != 200) {
            return MissingNode.getInstance();
        }
        try {
            return UpdateJson.mapper().readTree(answer.body()).path("result");
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType() + "; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops the server: hung connections are dropped, waiting long polls answer empty. */
    @Override
    public void close() {
        synchronized (state) {
            state.closed = true;
            state.changed();
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
