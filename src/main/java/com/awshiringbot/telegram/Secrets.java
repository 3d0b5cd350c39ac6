package com.awshiringbot.telegram;

import java.util.regex.Pattern;

/** Keeps the bot token out of log lines and exception messages. */
final class Secrets {

    // The token sits in every Bot API URL as /bot<token>/; catch it even when it is not the configured one.
    private static final Pattern TOKEN_IN_URL = Pattern.compile("bot[0-9]+:[A-Za-z0-9_-]+");

    private Secrets() {
    }

    /** {@code text} with {@code token} and anything shaped like a token in a URL replaced by a placeholder. */
    static String redact(String text, String token) {
        if (text == null) {
            return "";
        }
        String redacted = token == null || token.isEmpty() ? text : text.replace(token, "<token>");
        return TOKEN_IN_URL.matcher(redacted).replaceAll("bot<token>");
    }

    /** A one-line description of a failure and its causes, redacted: {@code ConnectException: Failed to connect}. */
    static String describe(Throwable failure, String token) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = failure; t != null && line.length() < 500; t = t.getCause()) {
            if (line.length() > 0) {
                line.append(" <- ");
            }
            line.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                line.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return redact(line.toString(), token);
    }
}
