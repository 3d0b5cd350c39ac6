package com.awshiringbot.bench;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a child JVM runs for {@code bench --probe-start}: starts the core, answers one question, and prints one line of
 * timings measured from the JVM's own start ({@code RuntimeMXBean.getStartTime()}) and the heap in use after a
 * collection; then, when asked, answers more questions and prints the heap again. The parent parses the lines with
 * {@link #parse}.
 */
public final class StartupProbe {
    /** The first word of the start-up line. */
    public static final String START_LINE = "probe-start";
    /**
     * The system property that makes the bot as shipped (no command line, so started exactly as it is) print its
     * core's start-up line once ready; its value is how many questions to answer before that line (0: none).
     */
    public static final String BOT_PROPERTY = "aws-hiring-bot.probe-bot";
    /** The first word of the line after the questions. */
    public static final String MEMORY_LINE = "probe-memory";

    private final CoreStarter starter;

    public StartupProbe(CoreStarter starter) {
        this.starter = starter;
    }

    /**
     * Runs the probe and prints its lines to {@code out}.
     *
     * @param questions how many questions to answer after start-up (on every core) before measuring the heap again;
     *     0 for none
     */
    public void run(Settings settings, int questions, PrintWriter out) throws Exception {
        long mainMicros = sinceJvmStart();
        report(mainMicros, settings, starter.start(settings), questions, true, out);
    }

    /**
     * What the bot started with {@link #BOT_PROPERTY} prints as soon as its core is ready, before it goes on to poll.
     * A timed start must not wait for a first answer and a full collection, so without {@code questions} the line has
     * neither; with them (in {@code --quick}, where nothing is timed) the bot prints all that {@code --probe-start}
     * does.
     *
     * @param mainMicros {@link #sinceJvmStart()} when the command began
     */
    public static void announce(long mainMicros, Settings settings, CoreStarter.Started core, int questions,
            PrintWriter out) {
        report(mainMicros, settings, core, questions, questions > 0, out);
    }

    private static void report(long mainMicros, Settings settings, CoreStarter.Started core, int questions,
            boolean memory, PrintWriter out) {
        StringBuilder line = new StringBuilder(START_LINE).append(" main=").append(mainMicros)
                .append(" knowledge=").append(core.knowledgeLoad().toNanos() / 1000)
                .append(" analyzers=").append(core.analyzerSetup().toNanos() / 1000)
                .append(" index=").append(core.indexBuild().toNanos() / 1000)
                .append(" index-snapshot=").append(core.indexFromSnapshot() ? 1 : 0)
                .append(" ready=").append(sinceJvmStart());
        if (!memory) {
            out.println(line);
            out.flush();
            return;
        }
        QuestionSet set = QuestionSet.load(settings.path("bot.knowledge-dir").resolve("eval"),
                core.answerer().knowledge(), QuestionSet.BUILT_IN_OUT_OF_SCOPE);
        long beforeFirst = System.nanoTime();
        core.answerer().answer(set.questions().get(0).text());
        line.append(" first-answer=").append((System.nanoTime() - beforeFirst) / 1000)
                .append(" heap=").append(HeapMeter.heapUsedAfterGc())
                .append(" direct=").append(HeapMeter.directUsed());
        out.println(line);
        out.flush();
        if (questions > 0) {
            long chars = answerOnEveryCore(core.answerer(), set, questions);
            out.println(MEMORY_LINE + " questions=" + questions + " heap=" + HeapMeter.heapUsedAfterGc()
                    + " direct=" + HeapMeter.directUsed() + " chars=" + chars);
            out.flush();
        }
    }

    /** Microseconds since this JVM started, as the JVM itself counts them. */
    public static long sinceJvmStart() {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) * 1000;
    }

    /** Answers {@code questions} questions split over one thread per core; returns the characters of the replies. */
    private static long answerOnEveryCore(Answerer answerer, QuestionSet set, int questions) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long chars = 0;
                    for (int i = first; i < questions; i += threads) {
                        chars += answerer.answer(set.questions().get(i % set.size()).text()).text().length();
                    }
                    return chars;
                }));
            }
            long chars = 0;
            for (Future<Long> part : parts) {
                chars += part.get();
            }
            return chars;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering the memory questions", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("answering the memory questions failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The {@code key=value} pairs of a probe line, as numbers; the first word is left out. */
    public static Map<String, Long> parse(String line) {
        Map<String, Long> values = new LinkedHashMap<>();
        String[] words = line.strip().split(" +");
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not a probe line: '" + line + "' (word '" + words[i] + "')");
            }
            try {
                values.put(words[i].substring(0, eq), Long.parseLong(words[i].substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a probe line: '" + line + "' (word '" + words[i] + "')", e);
            }
        }
        return values;
    }
}
