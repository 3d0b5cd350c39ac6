package com.awshiringbot.telegram;

/** The bot cannot start and retrying will not help, e.g. Telegram refused the token. Never holds the token. */
public final class BotStartException extends Exception {

    public BotStartException(String message) {
        super(message);
    }
}
