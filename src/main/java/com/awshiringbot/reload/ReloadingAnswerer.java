package com.awshiringbot.reload;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core, live-reloadable: every call goes to the core current at that instant, and {@link #reload()} builds a new
 * core from the knowledge folder on the side — validated, indexed and warmed — then swaps it in atomically. A
 * question is thus answered wholly by the old core or wholly by the new one, never by a half-built index. A broken
 * edit is refused: the validation report goes to the log (and to whoever asked), and the old core keeps serving.
 */
public final class ReloadingAnswerer implements Answerer, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReloadingAnswerer.class);
    /** Asked of a new core before it serves, so its first user does not pay for lazy set-up. */
    private static final String WARM_UP_QUESTION = "AWS 면접 절차";

    private final Path knowledgeDir;
    private final AnswererFactory factory;
    private final AtomicReference<Answerer> current;
    private final Object reloading = new Object();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService background;

    private ReloadingAnswerer(Path knowledgeDir, AnswererFactory factory, Answerer first) {
        this.knowledgeDir = knowledgeDir;
        this.factory = factory;
        this.current = new AtomicReference<>(first);
        this.background = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "knowledge-reload");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Builds the first core; a broken knowledge folder fails here, since there is no old core to keep. */
    public static ReloadingAnswerer start(Path knowledgeDir, AnswererFactory factory) throws Exception {
        Objects.requireNonNull(knowledgeDir, "knowledgeDir");
        Objects.requireNonNull(factory, "factory");
        return new ReloadingAnswerer(knowledgeDir, factory, factory.build(knowledgeDir));
    }

    /** Starts with a core already built from {@code knowledgeDir}; {@code factory} builds the next ones. */
    public static ReloadingAnswerer over(Answerer first, Path knowledgeDir, AnswererFactory factory) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(knowledgeDir, "knowledgeDir");
        Objects.requireNonNull(factory, "factory");
        return new ReloadingAnswerer(knowledgeDir, factory, first);
    }

    /** The core serving now. */
    public Answerer current() {
        return current.get();
    }

    @Override
    public Reply answer(String question) {
        return current.get().answer(question);
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return current.get().open(entryId, language);
    }

    @Override
    public KnowledgeBase knowledge() {
        return current.get().knowledge();
    }

    /**
     * Rebuilds the core from the knowledge folder and swaps it in, or refuses the edit and keeps the old one. Reloads
     * run one at a time; the result is also logged.
     */
    public ReloadResult reload() {
        synchronized (reloading) {
            long start = System.nanoTime();
            Answerer candidate;
            try {
                candidate = factory.build(knowledgeDir);
                candidate.answer(WARM_UP_QUESTION);
            } catch (Exception | LinkageError e) {
                String message = "Knowledge reload refused; the previous knowledge keeps serving.\n" + describe(e);
                log.error("{}", message);
                return new ReloadResult(false, message);
            }
            Answerer previous = current.getAndSet(candidate);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String message = "Knowledge reloaded: " + candidate.knowledge().entries().size() + " entries (was "
                    + previous.knowledge().entries().size() + ") in " + millis + " ms";
            log.info("{}", message);
            return new ReloadResult(true, message);
        }
    }

    /**
     * Asks for a reload on the background thread and returns at once. Requests made while one is waiting to start
     * are folded into it: a burst of edits or signals costs one rebuild.
     */
    public void reloadLater() {
        if (queued.compareAndSet(false, true)) {
            background.execute(() -> {
                queued.set(false);
                try {
                    reload();
                } catch (RuntimeException e) {
                    log.error("Knowledge reload failed", e);
                }
            });
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Stops the background reload thread; the current core keeps serving. */
    @Override
    public void close() {
        background.shutdownNow();
    }
}
