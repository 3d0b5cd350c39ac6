package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

    private static final List<String> METHODS = List.of(
            "getUpdates", "getMe", "deleteWebhook", "setWebhook", "getWebhookInfo", "setMyCommands", "getMyCommands",
            "deleteMyCommands", "sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery",
            "answerInlineQuery", "sendChatAction", "deleteMessage", "close", "logOut");
    private static final Set<String> BUTTON_ACTIONS = Set.of(
            "callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat", "copy_text", "web_app", "login_url", "pay", "callback_game");

    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object lock = new Object();

    // Everything below is guarded by lock.
    private final TreeMap<Integer, ObjectNode> pending = new TreeMap<>();
    private final Map<Long, ObjectNode> chats = new HashMap<>();
    private final Map<String, ObjectNode> messages = new HashMap<>();
    private final Set<String> openQueries = new HashSet<>();
    private final Map<String, JsonNode> commands = new HashMap<>();
    private final List<FaultRule> faults = new ArrayList<>();
    private final List<ApiCall> calls = new ArrayList<>();
    private final BitSet taken = new BitSet();
    private int nextUpdateId = 1001;
    private int nextMessageId = 1;
    private int confirmedOffset;
    private long pollGeneration;
    private boolean closed;

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
        return pushMessage(groupId, groupType(groupId), UpdateJson.user(userId, "ko"), m -> UpdateJson.text(m, text));
    }

    /** A text message in a group replying to one of the bot's messages there. */
    public Pushed pushGroupReply(long groupId, long userId, String text, int botMessageId) {
        return pushMessage(groupId, groupType(groupId), UpdateJson.user(userId, "ko"), m -> {
            UpdateJson.text(m, text);
            ObjectNode original = messages.get(groupId + ":" + botMessageId);
            m.set("reply_to_message", original != null ? original.deepCopy()
                    : UpdateJson.message(botMessageId, chat(groupId, groupType(groupId)), bot(), epoch()));
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
        return pushMessage(groupId, groupType(groupId), UpdateJson.user(userId, "ko"), m -> m.putObject("sticker")
                .put("file_id", "sticker-file").put("file_unique_id", "sticker-unique").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
    }

    /** A tap on an inline button with {@code data}, under the bot's message {@code messageId} in {@code chatId}. */
    public Pushed pushCallback(long userId, long chatId, int messageId, String data) {
        return pushCallback(userId, "ko", chatId, messageId, data);
    }

    /** A tap on an inline button, from a user whose Telegram language is {@code languageCode}. */
    public Pushed pushCallback(long userId, String languageCode, long chatId, int messageId, String data) {
        synchronized (lock) {
            int updateId = nextUpdateId;
            String queryId = "cq" + updateId;
            ObjectNode stored = messages.get(chatId + ":" + messageId);
            ObjectNode message;
            if (stored != null) {
                message = stored.deepCopy();
            } else {
                message = UpdateJson.object();
                message.set("chat", chat(chatId, chatId > 0 ? "private" : groupType(chatId)));
                message.put("message_id", messageId);
                message.put("date", 0);
            }
            ObjectNode query = UpdateJson.object();
            query.put("id", queryId);
            query.set("from", UpdateJson.user(userId, languageCode));
            query.set("message", message);
            query.put("chat_instance", "ci" + chatId);
            query.put("data", data);
            openQueries.add(queryId);
            return new Pushed(add(update("callback_query", query)), 0, queryId);
        }
    }

    /** An inline query ({@code @bot query}) typed by {@code userId}. */
    public Pushed pushInlineQuery(long userId, String text) {
        synchronized (lock) {
            String queryId = "iq" + nextUpdateId;
            ObjectNode query = UpdateJson.object();
            query.put("id", queryId);
            query.set("from", UpdateJson.user(userId, "ko"));
            query.put("query", text);
            query.put("offset", "");
            query.put("chat_type", "sender");
            openQueries.add(queryId);
            return new Pushed(add(update("inline_query", query)), 0, queryId);
        }
    }

    /** An edit of an earlier text message in {@code userId}'s private chat. */
    public Pushed pushEditedText(long userId, String text) {
        synchronized (lock) {
            ObjectNode message = UpdateJson.message(nextMessageId++, chat(userId, "private"), UpdateJson.user(userId, "ko"), epoch() - 60);
            UpdateJson.text(message, text);
            message.put("edit_date", epoch());
            return new Pushed(add(update("edited_message", message)), message.get("message_id").asInt(), null);
        }
    }

    /** A post in a channel the bot is in. */
    public Pushed pushChannelPost(long channelId, String text) {
        synchronized (lock) {
            ObjectNode channel = chat(channelId, "channel");
            ObjectNode message = UpdateJson.message(nextMessageId++, channel, null, epoch());
            message.set("sender_chat", channel.deepCopy());
            UpdateJson.text(message, text);
            return new Pushed(add(update("channel_post", message)), message.get("message_id").asInt(), null);
        }
    }

    /** Any update, as JSON without {@code update_id} (it is assigned); for kinds the helpers do not cover. */
    public Pushed push(String kind, ObjectNode payload) {
        synchronized (lock) {
            return new Pushed(add(update(kind, payload)), payload.path("message_id").asInt(), null);
        }
    }

    private Pushed pushMessage(long chatId, String chatType, ObjectNode from, java.util.function.Consumer<ObjectNode> content) {
        synchronized (lock) {
            ObjectNode message = UpdateJson.message(nextMessageId++, chat(chatId, chatType), from, epoch());
            content.accept(message);
            messages.put(chatId + ":" + message.get("message_id").asInt(), message);
            return new Pushed(add(update("message", message)), message.get("message_id").asInt(), null);
        }
    }

    private ObjectNode update(String kind, ObjectNode payload) {
        ObjectNode update = UpdateJson.object();
        update.put("update_id", nextUpdateId++);
        update.set(kind, payload);
        return update;
    }

    private int add(ObjectNode update) {
        int id = update.get("update_id").asInt();
        pending.put(id, update);
        lock.notifyAll();
        return id;
    }

    private ObjectNode chat(long id, String type) {
        return chats.computeIfAbsent(id, k -> UpdateJson.chat(id, type)).deepCopy();
    }

    private static String groupType(long groupId) {
        return groupId < -1_000_000_000_000L ? "supergroup" : "group";
    }

    private static ObjectNode bot() {
        return UpdateJson.bot(BOT_ID, BOT_USERNAME);
    }

    private static long epoch() {
        return Instant.now().getEpochSecond();
    }

    // ---- what the bot did ------------------------------------------------------------------------------------

    /** Every call received so far, in the order they were answered. */
    public List<ApiCall> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** The calls of one method received so far (method names compare case-insensitively). */
    public List<ApiCall> calls(String method) {
        synchronized (lock) {
            return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
        }
    }

    /** The next call of {@code method} not taken before, waiting up to {@link #TAKE_TIMEOUT}. */
    public ApiCall take(String method) {
        return take(method, c -> true, TAKE_TIMEOUT);
    }

    /** The next call of {@code method} answered with 200 ok and not taken before. */
    public ApiCall takeDelivered(String method) {
        return take(method, ApiCall::succeeded, TAKE_TIMEOUT);
    }

    /** The next call of {@code method} to {@code chatId} answered with 200 ok and not taken before. */
    public ApiCall takeDelivered(String method, long chatId) {
        return take(method, c -> c.succeeded() && String.valueOf(chatId).equals(c.param("chat_id")), TAKE_TIMEOUT);
    }

    /** The next call of {@code method} matching {@code which} not taken before, waiting up to {@code timeout}. */
    public ApiCall take(String method, Predicate<ApiCall> which, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (int i = taken.nextClearBit(0); i < calls.size(); i = taken.nextClearBit(i + 1)) {
                    ApiCall call = calls.get(i);
                    if (call.method().equalsIgnoreCase(method) && which.test(call)) {
                        taken.set(i);
                        return call;
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("No matching " + method + " call within " + timeout + "; calls so far:\n  "
                            + String.join("\n  ", calls.stream().map(ApiCall::toString).toList()));
                }
                waitOn(remaining);
            }
        }
    }

    /** Waits until the bot has confirmed {@code updateId} (asked for a later offset). */
    public void awaitConfirmed(int updateId) {
        long deadline = System.nanoTime() + TAKE_TIMEOUT.toNanos();
        synchronized (lock) {
            while (confirmedOffset <= updateId) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new AssertionError("Update " + updateId + " not confirmed within " + TAKE_TIMEOUT
                            + "; offset confirmed so far: " + confirmedOffset);
                }
                waitOn(remaining);
            }
        }
    }

    /** The highest offset a {@code getUpdates} call has asked for: every update below it is confirmed. */
    public int confirmedOffset() {
        synchronized (lock) {
            return confirmedOffset;
        }
    }

    /** The text and buttons of a message the bot sent, as they are now (after edits); null when unknown. */
    public ObjectNode message(long chatId, int messageId) {
        synchronized (lock) {
            ObjectNode message = messages.get(chatId + ":" + messageId);
            return message == null ? null : message.deepCopy();
        }
    }

    /** The commands set with {@code setMyCommands} for a language code ("" for the default). */
    public JsonNode commands(String languageCode) {
        synchronized (lock) {
            return commands.get(languageCode);
        }
    }

    // ---- faults ----------------------------------------------------------------------------------------------

    /** The next call of {@code method} gets {@code fault}. */
    public void fault(String method, Fault fault) {
        fault(method, fault, 1);
    }

    /** The next {@code times} calls of {@code method} get {@code fault} ({@code "*"} matches every method). */
    public void fault(String method, Fault fault, int times) {
        synchronized (lock) {
            faults.add(new FaultRule(method, params -> true, fault, times));
        }
    }

    /** The next {@code times} calls of {@code method} to {@code chatId} get {@code fault}. */
    public void faultForChat(String method, long chatId, Fault fault, int times) {
        synchronized (lock) {
            faults.add(new FaultRule(method, params -> String.valueOf(chatId).equals(params.path("chat_id").asText()), fault, times));
        }
    }

    /** Removes the faults not used yet. */
    public void clearFaults() {
        synchronized (lock) {
            faults.clear();
        }
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) {
        Instant at = Instant.now();
        try {
            String[] path = exchange.getRequestURI().getRawPath().split("/");
            String method = path.length >= 3 ? canonical(path[path.length - 1]) : "";
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
            Fault fault = takeFault(method, params);
            if (fault != null && fault.kind != Fault.Kind.DELAY) {
                handleFault(exchange, method, params, at, fault);
                return;
            }
            if (fault != null) {
                sleep(fault.duration);
            }
            respond(exchange, record(method, params, at, invoke(method, params)));
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

    private Answer record(String method, ObjectNode params, Instant at, Answer answer) {
        synchronized (lock) {
            calls.add(new ApiCall(method, params, answer == null ? ApiCall.DROPPED : answer.status(), result(answer), at));
            lock.notifyAll();
        }
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

    private Fault takeFault(String method, ObjectNode params) {
        synchronized (lock) {
            for (Iterator<FaultRule> it = faults.iterator(); it.hasNext(); ) {
                FaultRule rule = it.next();
                if ((rule.method.equals("*") || rule.method.equalsIgnoreCase(method)) && rule.when.test(params)) {
                    if (--rule.remaining <= 0) {
                        it.remove();
                    }
                    return rule.fault;
                }
            }
            return null;
        }
    }

    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    // ---- the Bot API methods ---------------------------------------------------------------------------------

    private Answer invoke(String method, ObjectNode params) throws InterruptedException {
        if (method.equals("getUpdates")) {
            return getUpdates(params);
        }
        synchronized (lock) {
            switch (method) {
                case "getMe":
                    return Answer.ok(bot());
                case "deleteWebhook":
                case "setWebhook":
                case "deleteMyCommands":
                case "sendChatAction":
                case "close":
                case "logOut":
                    return Answer.ok(true);
                case "getWebhookInfo":
                    ObjectNode info = UpdateJson.object();
                    info.put("url", "");
                    info.put("has_custom_certificate", false);
                    info.put("pending_update_count", pending.size());
                    return Answer.ok(info);
                case "setMyCommands":
                    return setMyCommands(params);
                case "getMyCommands":
                    JsonNode set = commands.get(params.path("language_code").asText(""));
                    return Answer.ok(set == null ? UpdateJson.array() : set);
                case "sendMessage":
                    return sendMessage(params);
                case "editMessageText":
                    return editMessage(params, true);
                case "editMessageReplyMarkup":
                    return editMessage(params, false);
                case "answerCallbackQuery":
                    return answerQuery(params.path("callback_query_id").asText(), null);
                case "answerInlineQuery":
                    return answerQuery(params.path("inline_query_id").asText(), inlineResultsError(params));
                case "deleteMessage":
                    messages.remove(params.path("chat_id").asText() + ":" + params.path("message_id").asText());
                    return Answer.ok(true);
                default:
                    return Answer.error(404, "Not Found", null);
            }
        }
    }

    private Answer getUpdates(ObjectNode params) throws InterruptedException {
        int offset = params.path("offset").asInt(0);
        int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
        long timeoutNanos = Duration.ofSeconds(Math.max(0, params.path("timeout").asInt(0))).toNanos();
        long deadline = System.nanoTime() + timeoutNanos;
        synchronized (lock) {
            long generation = ++pollGeneration;
            if (offset > 0) {
                pending.headMap(offset).clear();
                confirmedOffset = Math.max(confirmedOffset, offset);
            }
            lock.notifyAll();
            while (true) {
                if (generation != pollGeneration) {
                    return Answer.error(409, "Conflict: terminated by other getUpdates request; "
                            + "make sure that only one bot instance is running", null);
                }
                List<ObjectNode> ready = new ArrayList<>(offset > 0 ? pending.tailMap(offset).values() : pending.values());
                if (offset < 0) {
                    ready = ready.subList(Math.max(0, ready.size() + offset), ready.size());
                }
                long remaining = deadline - System.nanoTime();
                if (!ready.isEmpty() || remaining <= 0 || closed) {
                    ArrayNode result = UpdateJson.array();
                    ready.stream().limit(limit).forEach(u -> result.add(u.deepCopy()));
                    return Answer.ok(result);
                }
                lock.wait(Math.max(1, remaining / 1_000_000));
            }
        }
    }

    private Answer setMyCommands(ObjectNode params) {
        JsonNode list = jsonParam(params, "commands");
        if (!list.isArray() || list.size() > 100) {
            return Answer.badRequest("commands must be an array of at most 100 BotCommand");
        }
        for (JsonNode command : list) {
            String name = command.path("command").asText();
            String description = command.path("description").asText();
            if (!name.matches("[a-z0-9_]{1,32}")) {
                return Answer.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isEmpty() || description.length() > 256) {
                return Answer.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        commands.put(params.path("language_code").asText(""), list);
        return Answer.ok(true);
    }

    private Answer sendMessage(ObjectNode params) {
        ObjectNode chat = chats.get(params.path("chat_id").asLong(0));
        if (chat == null) {
            return Answer.badRequest("chat not found");
        }
        String problem = textError(params.path("text").asText(null), params.path("parse_mode").asText(""));
        if (problem == null) {
            problem = markupError(jsonParam(params, "reply_markup"));
        }
        if (problem != null) {
            return Answer.badRequest(problem);
        }
        ObjectNode message = UpdateJson.message(nextMessageId++, chat.deepCopy(), bot(), epoch());
        setContent(message, params);
        messages.put(chat.get("id").asLong() + ":" + message.get("message_id").asInt(), message);
        return Answer.ok(message.deepCopy());
    }

    private Answer editMessage(ObjectNode params, boolean text) {
        if (params.hasNonNull("inline_message_id")) {
            return Answer.ok(true);
        }
        ObjectNode message = messages.get(params.path("chat_id").asText() + ":" + params.path("message_id").asText());
        if (message == null || !message.path("from").path("is_bot").asBoolean()) {
            return Answer.badRequest("message to edit not found");
        }
        String problem = text ? textError(params.path("text").asText(null), params.path("parse_mode").asText("")) : null;
        if (problem == null) {
            problem = markupError(jsonParam(params, "reply_markup"));
        }
        if (problem != null) {
            return Answer.badRequest(problem);
        }
        ObjectNode edited = message.deepCopy();
        if (!text) {
            edited.put("text", message.path("text").asText());
            params = params.deepCopy();
            params.put("text", message.path("text").asText());
            params.remove("parse_mode");
        }
        setContent(edited, params);
        edited.put("edit_date", epoch());
        if (edited.path("text").equals(message.path("text")) && edited.path("reply_markup").equals(message.path("reply_markup"))) {
            return Answer.badRequest("message is not modified: specified new message content and reply markup are "
                    + "exactly the same as a current content and reply markup of the message");
        }
        messages.put(params.path("chat_id").asText() + ":" + params.path("message_id").asText(), edited);
        return Answer.ok(edited.deepCopy());
    }

    private Answer answerQuery(String queryId, String problem) {
        if (!openQueries.remove(queryId)) {
            return Answer.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        if (problem != null) {
            openQueries.add(queryId);
            return Answer.badRequest(problem);
        }
        return Answer.ok(true);
    }

    private static void setContent(ObjectNode message, ObjectNode params) {
        String text = params.path("text").asText();
        message.put("text", params.path("parse_mode").asText("").equalsIgnoreCase("HTML") ? TelegramHtml.plainText(text) : text);
        JsonNode markup = jsonParam(params, "reply_markup");
        if (markup.isObject() && markup.has("inline_keyboard")) {
            message.set("reply_markup", markup);
        } else {
            message.remove("reply_markup");
        }
    }

    private static String textError(String text, String parseMode) {
        if (text == null || text.isBlank()) {
            return "message text is empty";
        }
        String plain = text;
        if (parseMode.equalsIgnoreCase("HTML")) {
            try {
                plain = TelegramHtml.plainText(text);
            } catch (IllegalArgumentException e) {
                return "can't parse entities: " + e.getMessage();
            }
        } else if (!parseMode.isEmpty()) {
            return "unsupported parse_mode";
        }
        if (plain.isBlank()) {
            return "message text is empty";
        }
        return plain.length() > 4096 ? "message is too long" : null;
    }

    private static String markupError(JsonNode markup) {
        if (markup.isMissingNode()) {
            return null;
        }
        JsonNode keyboard = markup.path("inline_keyboard");
        if (!keyboard.isArray()) {
            return "field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array";
        }
        for (JsonNode row : keyboard) {
            for (JsonNode button : row) {
                if (button.path("text").asText().isEmpty()) {
                    return "BUTTON_TEXT_EMPTY";
                }
                long actions = BUTTON_ACTIONS.stream().filter(button::has).count();
                if (actions != 1) {
                    return "text buttons are unallowed in the inline keyboard";
                }
                if (button.has("callback_data")) {
                    int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > 64) {
                        return "BUTTON_DATA_INVALID";
                    }
                }
                if (button.has("url") && !button.get("url").asText().matches("(https?|tg)://\\S+")) {
                    return "BUTTON_URL_INVALID";
                }
            }
        }
        return null;
    }

    private static String inlineResultsError(ObjectNode params) {
        JsonNode results = jsonParam(params, "results");
        if (!results.isArray() || results.size() > 50) {
            return "RESULTS_TOO_MUCH";
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            String id = result.path("id").asText();
            if (id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > 64 || !ids.add(id)) {
                return "RESULT_ID_INVALID";
            }
            if (result.path("title").asText().isEmpty()) {
                return "RESULT_TITLE_EMPTY";
            }
            JsonNode content = result.path("input_message_content");
            String problem = textError(content.path("message_text").asText(null), content.path("parse_mode").asText(""));
            if (problem == null) {
                problem = markupError(result.path("reply_markup"));
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static JsonNode jsonParam(ObjectNode params, String name) {
        return new ApiCall("", params, 0, MissingNode.getInstance(), Instant.EPOCH).json(name);
    }

    private void waitOn(long remainingNanos) {
        try {
            lock.wait(Math.max(1, remainingNanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the bot", e);
        }
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    /** Stops the server: hung connections are dropped, waiting long polls answer empty. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private static final class FaultRule {
        final String method;
        final Predicate<ObjectNode> when;
        final Fault fault;
        int remaining;

        FaultRule(String method, Predicate<ObjectNode> when, Fault fault, int remaining) {
            this.method = method;
            this.when = when;
            this.fault = fault;
            this.remaining = remaining;
        }
    }
}
