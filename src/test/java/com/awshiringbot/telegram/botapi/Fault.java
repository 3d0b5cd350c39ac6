package com.awshiringbot.telegram.botapi;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the local Bot API server can be told to show on a call, as the real one (or the network in front
 * of it) does: rate limiting, a proxy's HTML error page, a dropped or hung connection, a slow answer, an error.
 */
public final class Fault {

    enum Kind { ERROR, HTML, DROP, HANG, DELAY }

    final Kind kind;
    final int status;
    final String description;
    final Integer retryAfter;
    final Duration duration;

    private Fault(Kind kind, int status, String description, Integer retryAfter, Duration duration) {
        this.kind = kind;
        this.status = status;
        this.description = description;
        this.retryAfter = retryAfter;
        this.duration = duration;
    }

    /** 429 with {@code parameters.retry_after}, as Telegram answers a bot that sends too fast. */
    public static Fault tooManyRequests(int retryAfterSeconds) {
        return new Fault(Kind.ERROR, 429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds, null);
    }

    /** A documented JSON error: {@code {"ok":false,"error_code":status,"description":...}}. */
    public static Fault error(int status, String description) {
        return new Fault(Kind.ERROR, status, Objects.requireNonNull(description, "description"), null, null);
    }

    /** 502 with an HTML page, as a proxy in front of the Bot API answers when the backend is down. */
    public static Fault badGateway() {
        return new Fault(Kind.HTML, 502, null, null, null);
    }

    /** The connection is closed without a response. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP, ApiCall.DROPPED, null, null, null);
    }

    /** No response at all until the server closes (the client's read timeout ends it). */
    public static Fault hang() {
        return new Fault(Kind.HANG, ApiCall.DROPPED, null, null, null);
    }

    /** A normal answer, given after {@code delay}. */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 200, null, null, Objects.requireNonNull(delay, "delay"));
    }

    @Override
    public String toString() {
        return kind + (status != 0 ? " " + status : "");
    }
}
