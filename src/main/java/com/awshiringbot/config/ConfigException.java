package com.awshiringbot.config;

/** A setting that is unknown, missing or of the wrong kind. The message names the key and where it came from. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
