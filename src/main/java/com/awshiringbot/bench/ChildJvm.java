package com.awshiringbot.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A second JVM running this project's {@code cli.Main} on the same classpath, for the measurements that need a fresh
 * process: cold start, the smallest heap, the bot against the local Bot API server. Its standard output and error are
 * drained by dedicated threads (a child blocked on a full pipe would stall the benchmark); output lines are kept for
 * {@link #awaitLine}, and the tail of standard error for error messages.
 */
public final class ChildJvm implements AutoCloseable {
    /** The class every child runs. */
    public static final String MAIN_CLASS = "com.awshiringbot.cli.Main";
    private static final int STDERR_KEPT = 16 * 1024;

    private final Process process;
    private final long startNanos;
    private final List<String> stdout = new ArrayList<>();
    private final StringBuilder stderr = new StringBuilder();
    private final Thread[] drains;

    private ChildJvm(Process process, long startNanos, String stdin) {
        this.process = process;
        this.startNanos = startNanos;
        this.drains = new Thread[] {
            drain("stdout", process.getInputStream(), this::addOut),
            drain("stderr", process.getErrorStream(), this::addErr),
            feed(process.getOutputStream(), stdin)
        };
    }

    /** Starts a child JVM: {@code java <jvmOptions> -cp <classpath> cli.Main <args>}. */
    public static ChildJvm start(List<String> jvmOptions, List<String> args, Map<String, String> env, String stdin) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add(MAIN_CLASS);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        // A real token in the benchmark's own environment never reaches a child pointed at the local server.
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().putAll(env);
        long startNanos = System.nanoTime();
        try {
            return new ChildJvm(builder.start(), startNanos, stdin);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a child JVM: " + command.get(0), e);
        }
    }

    /** Starts a child JVM with no extra environment and nothing on standard input. */
    public static ChildJvm start(List<String> jvmOptions, List<String> args) {
        return start(jvmOptions, args, new LinkedHashMap<>(), null);
    }

    /**
     * This JVM's classpath with every entry made absolute: an AppCDS archive records the classpath it was made with,
     * and one recorded with relative paths cannot be used from another working directory.
     */
    static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The {@code java} of the running JVM. */
    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** {@link System#nanoTime()} just before the process was started. */
    public long startNanos() {
        return startNanos;
    }

    /** Waits for the first output line matching {@code wanted}; empty when the child exits or time runs out first. */
    public Optional<String> awaitLine(Predicate<String> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        synchronized (stdout) {
            while (true) {
                for (; seen < stdout.size(); seen++) {
                    if (wanted.test(stdout.get(seen))) {
                        return Optional.of(stdout.get(seen));
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !drains[0].isAlive())) {
                    return Optional.empty();
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(stdout, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    /** Waits for the child to exit and its output to be read; kills it on timeout and returns empty. */
    public Optional<Integer> awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                return Optional.empty();
            }
            for (Thread drain : drains) {
                drain.join(TimeUnit.SECONDS.toMillis(5));
            }
            return Optional.of(process.exitValue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return Optional.empty();
        }
    }

    /** Whether the child is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The standard output lines read so far. */
    public List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    /** The last {@value #STDERR_KEPT} characters of standard error read so far. */
    public String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /** Asks the child to stop (SIGTERM) and waits up to {@code timeout}, then kills it. */
    public void stop(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the child if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void addOut(String line) {
        synchronized (stdout) {
            stdout.add(line);
            stdout.notifyAll();
        }
    }

    private void addErr(String line) {
        synchronized (stderr) {
            stderr.append(line).append('\n');
            if (stderr.length() > STDERR_KEPT) {
                stderr.delete(0, stderr.length() - STDERR_KEPT);
            }
        }
    }

    private Thread drain(String name, InputStream in, java.util.function.Consumer<String> sink) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // The child was killed: what was read is all there is.
            } finally {
                synchronized (stdout) {
                    stdout.notifyAll();
                }
            }
        }, "child-jvm-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Thread feed(OutputStream in, String text) {
        Thread thread = new Thread(() -> {
            try (OutputStream stream = in) {
                if (text != null) {
                    stream.write(text.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // The child exited without reading its input; its exit code tells the story.
            }
        }, "child-jvm-stdin");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
