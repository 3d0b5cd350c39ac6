package com.awshiringbot.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work that runs on a thread of its own (not the common pool: it waits on child JVMs) beside an untimed section, and in
 * any case before its result is needed: {@link #join} starts it if nothing did.
 */
final class Background<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Thread thread;

    Background(String name, Supplier<T> body) {
        this.thread = new Thread(() -> {
            try {
                result.complete(body.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts the work unless it has started already. */
    synchronized Background<T> start() {
        if (thread.getState() == Thread.State.NEW) {
            thread.start();
        }
        return this;
    }

    /** Whether the work has started. */
    synchronized boolean started() {
        return thread.getState() != Thread.State.NEW;
    }

    /** The work's result, starting it first if need be; its exception when it failed. */
    T join() throws Exception {
        start();
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
