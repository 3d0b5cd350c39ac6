package com.awshiringbot.telegram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The two OkHttp clients the bot uses, sharing one connection pool: one for sending, whose read timeout is the send
 * timeout, and one for long polling, whose read timeout is the poll timeout plus a margin, so a hung connection
 * ends soon after a poll should have. Neither re-sends a request silently when a connection drops (the bot decides
 * what to retry), neither logs (URLs hold the token), and their threads are daemons, shut down by {@link #shutDown}.
 */
final class HttpClients {

    private HttpClients() {
    }

    static OkHttpClient sending(BotSettings settings) {
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher("telegram-http", settings.workers() + 8))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.sendTimeout())
                .writeTimeout(settings.sendTimeout())
                .retryOnConnectionFailure(false)
                .build();
    }

    /** The polling client, with its own dispatcher so that cancelling the poll in flight cancels nothing else. */
    static OkHttpClient polling(OkHttpClient sending, BotSettings settings, Interceptor monitor) {
        return sending.newBuilder()
                .dispatcher(dispatcher("telegram-poll-http", 4))
                .addInterceptor(monitor)
                .readTimeout(settings.pollTimeout().plus(settings.readTimeoutMargin()))
                .build();
    }

    /** Cancels the calls in flight, stops the dispatcher's threads and closes the pooled connections. */
    static void shutDown(OkHttpClient http) {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Dispatcher dispatcher(String name, int maxRequests) {
        ExecutorService executor = Executors.newCachedThreadPool(daemon(name));
        Dispatcher dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(maxRequests);
        dispatcher.setMaxRequestsPerHost(maxRequests);
        return dispatcher;
    }
}
