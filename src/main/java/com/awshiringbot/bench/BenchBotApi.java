package com.awshiringbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smallest Bot API server the benchmark needs, on 127.0.0.1 and a free port: {@code getMe},
 * {@code deleteWebhook}, {@code setMyCommands}, {@code getUpdates} long polling with {@code offset}, {@code limit} and
 * {@code timeout}, {@code sendMessage} (recording when each one arrives), and {@code true} for every other method.
 * Method names are matched ignoring case, as Telegram does. It lives in main code because the benchmark runs from the
 * jar; the full test double with error injection is the telegram package's test {@code LocalBotApi}.
 */
public final class BenchBotApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long BOT_ID = 4242;
    private static final int MAX_POLL_SECONDS = 50;

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the body waits for
        // the client's delayed ACK (40 ms on Linux), which added 65-75 ms to every update's round trip in the
        // end-to-end run. The property is read once, when the first server of this JVM is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Object lock = new Object();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final List<Offered> offered = new ArrayList<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private final AtomicInteger getUpdatesCalls = new AtomicInteger();
    private long nextUpdateId = 1;
    private long nextIncomingMessageId = 1;
    private long nextOutgoingMessageId = 1_000_000;
    private long firstGetUpdatesNanos = -1;
    private boolean closed;

    /** An update the server made available. */
    public record Offered(long updateId, long chatId, long messageId, String text, long availableNanos) {
    }

    /**
     * A {@code sendMessage} call the server received.
     *
     * @param replyTo the message id it replies to ({@code reply_parameters.message_id} or {@code reply_to_message_id}),
     *     or 0 when it does not say
     * @param arrivalNanos {@link System#nanoTime()} when the request arrived
     */
    public record SentMessage(long chatId, String text, long replyTo, long arrivalNanos) {
    }

    private record Pending(long updateId, String json) {
    }

    private BenchBotApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Each waiting long poll holds a thread: the pool must grow.
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "bench-bot-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server that accepts {@code token} only. */
    public static BenchBotApi start(String token) {
        try {
            return new BenchBotApi(token);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local Bot API server", e);
        }
    }

    /** The base URL to give the bot as {@code TELEGRAM_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes a private-chat text message from user {@code chatId} available to {@code getUpdates}. */
    public Offered offerText(long chatId, String text, String languageCode) {
        synchronized (lock) {
            Offered update = new Offered(nextUpdateId++, chatId, nextIncomingMessageId++, text, System.nanoTime());
            ObjectNode json = JSON.createObjectNode();
            json.put("update_id", update.updateId());
            ObjectNode message = json.putObject("message");
            message.put("message_id", update.messageId());
            message.put("date", System.currentTimeMillis() / 1000);
            message.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Bench");
            message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Bench")
                    .put("language_code", languageCode);
            message.put("text", text);
            pending.add(new Pending(update.updateId(), json.toString()));
            offered.add(update);
            lock.notifyAll();
            return update;
        }
    }

    /** Every update offered so far, in order. */
    public List<Offered> offered() {
        synchronized (lock) {
            return List.copyOf(offered);
        }
    }

    /** Every {@code sendMessage} received so far, in order of arrival. */
    public List<SentMessage> sent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /** Waits until at least {@code count} messages were sent; false when time ran out first. */
    public boolean awaitSent(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (sent.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                waitOn(left);
            }
            return true;
        }
    }

    /** {@link System#nanoTime()} of the first {@code getUpdates} call, if one came. */
    public OptionalLong firstGetUpdatesNanos() {
        synchronized (lock) {
            return firstGetUpdatesNanos < 0 ? OptionalLong.empty() : OptionalLong.of(firstGetUpdatesNanos);
        }
    }

    /** Waits for the first {@code getUpdates} call; empty when time ran out first. */
    public OptionalLong awaitFirstGetUpdates(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (firstGetUpdatesNanos < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return OptionalLong.empty();
                }
                waitOn(left);
            }
            return OptionalLong.of(firstGetUpdatesNanos);
        }
    }

    /** How many {@code getUpdates} calls came. */
    public int getUpdatesCalls() {
        return getUpdatesCalls.get();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrival = System.nanoTime();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                reply(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            JsonNode params = params(exchange);
            String result = switch (method) {
                case "getme" -> "{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"}";
                case "getupdates" -> getUpdates(params, arrival);
                case "sendmessage" -> sendMessage(params, arrival);
                default -> "true";
            };
            reply(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
        }
    }

    private String getUpdates(JsonNode params, long arrival) throws IOException {
        long offset = params.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
        int timeout = Math.max(0, Math.min(MAX_POLL_SECONDS, params.path("timeout").asInt(0)));
        getUpdatesCalls.incrementAndGet();
        long deadline = arrival + TimeUnit.SECONDS.toNanos(timeout);
        synchronized (lock) {
            if (firstGetUpdatesNanos < 0) {
                firstGetUpdatesNanos = arrival;
                lock.notifyAll();
            }
            while (true) {
                while (!pending.isEmpty() && offset > 0 && pending.peekFirst().updateId() < offset) {
                    pending.removeFirst(); // confirmed by the offset: never sent again
                }
                if (!pending.isEmpty() || closed) {
                    break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                waitOn(left);
            }
            StringBuilder result = new StringBuilder("[");
            int count = 0;
            for (Pending update : pending) {
                if (count == limit) {
                    break;
                }
                if (update.updateId() >= offset) {
                    result.append(count++ == 0 ? "" : ",").append(update.json());
                }
            }
            return result.append(']').toString();
        }
    }

    private String sendMessage(JsonNode params, long arrival) throws IOException {
        long chatId = params.path("chat_id").asLong();
        String text = params.path("text").asText("");
        long replyTo = params.path("reply_parameters").path("message_id").asLong(params.path("reply_to_message_id").asLong(0));
        long messageId;
        synchronized (lock) {
            sent.add(new SentMessage(chatId, text, replyTo, arrival));
            messageId = nextOutgoingMessageId++;
            lock.notifyAll();
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Bench");
        message.put("text", text);
        return JSON.writeValueAsString(message);
    }

    /** Parameters from a JSON body, a form body or the query string (the Bot API accepts all three). */
    private static JsonNode params(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
        if (type.contains("json") && body.length > 0) {
            return JSON.readTree(body);
        }
        ObjectNode params = JSON.createObjectNode();
        String form = type.contains("x-www-form-urlencoded") ? new String(body, StandardCharsets.UTF_8) : "";
        String query = exchange.getRequestURI().getRawQuery();
        for (String source : new String[] {query == null ? "" : query, form}) {
            for (String pair : source.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void waitOn(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }
}
