package com.awshiringbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Watches the long-polling calls and spaces the retries after a failed poll. telegrambots' own session logs every
 * failed poll as an error with a stack trace (a shutdown included) and ignores {@code retry_after}; its logger is
 * silenced in {@code simplelogger.properties}, and this reports each failure on one line instead, waits out a 429's
 * {@code retry_after}, and stays quiet while the bot is stopping.
 */
final class PollingMonitor implements Interceptor, BackOff {

    private static final Logger log = LoggerFactory.getLogger(PollingMonitor.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration initial;
    private final Duration max;
    private final String token;
    private volatile boolean stopping;
    private volatile String lastProblem;
    private volatile long retryAfterMillis;
    private long currentMillis;

    PollingMonitor(Duration initial, Duration max, String token) {
        this.initial = initial;
        this.max = max;
        this.token = token;
        this.currentMillis = initial.toMillis();
    }

    /** From now on failures are expected (the poll in flight is being cancelled) and not reported. */
    void stopping() {
        stopping = true;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            Response response = chain.proceed(chain.request());
            if (response.isSuccessful()) {
                lastProblem = null;
            } else {
                lastProblem = "HTTP " + response.code();
                if (response.code() == 429) {
                    retryAfterMillis = retryAfterSeconds(response) * 1000L;
                }
            }
            return response;
        } catch (IOException e) {
            lastProblem = Secrets.describe(e, token);
            throw e;
        }
    }

    @Override
    public synchronized void reset() {
        currentMillis = initial.toMillis();
        retryAfterMillis = 0;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long jittered = currentMillis / 2 + ThreadLocalRandom.current().nextLong(currentMillis / 2 + 1);
        long pause = Math.max(jittered, retryAfterMillis);
        currentMillis = Math.min(max.toMillis(), currentMillis * 2);
        retryAfterMillis = 0;
        if (!stopping) {
            log.warn("getUpdates failed ({}); polling again in {} ms",
                    lastProblem == null ? "an answer that could not be read" : lastProblem, pause);
        }
        return pause;
    }

    private static long retryAfterSeconds(Response response) {
        try {
            JsonNode body = JSON.readTree(response.peekBody(16_384).string());
            return Math.max(1, body.path("parameters").path("retry_after").asLong(1));
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }
}
