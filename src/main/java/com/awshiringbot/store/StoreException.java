package com.awshiringbot.store;

/** A failure of the embedded database: it cannot be opened, migrated, read or written. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
