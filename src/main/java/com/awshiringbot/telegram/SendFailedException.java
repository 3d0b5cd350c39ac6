package com.awshiringbot.telegram;

/** A call to Telegram that kept failing (network faults, 5xx, repeated 429) and was given up. */
final class SendFailedException extends RuntimeException {

    SendFailedException(String message) {
        super(message);
    }
}
