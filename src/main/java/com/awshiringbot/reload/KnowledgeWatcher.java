package com.awshiringbot.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder and its sub-folders and calls back once the files have stopped changing for the
 * debounce delay, so that an editor's save (or a {@code git pull} touching many files) leads to one reload, not one
 * per file event.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final Path dir;
    private final WatchService service;
    private final long debounceNanos;
    private final Runnable onChange;
    private final Thread thread;

    private KnowledgeWatcher(Path dir, WatchService service, Duration debounce, Runnable onChange) {
        this.dir = dir;
        this.service = service;
        this.debounceNanos = debounce.toNanos();
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "knowledge-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code dir}; {@code onChange} runs on the watcher's thread after each quiet period. */
    public static KnowledgeWatcher start(Path dir, Duration debounce, Runnable onChange) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(onChange, "onChange");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative, but is " + debounce);
        }
        WatchService service = dir.getFileSystem().newWatchService();
        KnowledgeWatcher watcher = new KnowledgeWatcher(dir, service, debounce, onChange);
        try {
            watcher.registerTree(dir);
        } catch (IOException | UncheckedIOException e) {
            service.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            long deadline = Long.MAX_VALUE;
            while (true) {
                long wait = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
                WatchKey key = wait == Long.MAX_VALUE ? service.take() : service.poll(wait, TimeUnit.NANOSECONDS);
                if (key == null) {
                    deadline = Long.MAX_VALUE;
                    fire();
                    continue;
                }
                handle(key);
                deadline = System.nanoTime() + debounceNanos;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException | UncheckedIOException e) {
                        log.warn("Cannot watch the new folder {}: {}", created, e.getMessage());
                    }
                }
            } else if (event.kind() == OVERFLOW) {
                log.debug("Watch events overflowed in {}", folder);
            }
        }
        if (!key.reset() && folder.equals(dir)) {
            log.warn("The knowledge folder {} is no longer watched (deleted or moved)", dir);
        }
    }

    private void fire() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            log.error("Reacting to a change in {} failed", dir, e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
