package com.awshiringbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real bot in a child JVM ({@code cli.Main} with no subcommand and a token set), pointed at a
 * {@link BenchBotApi}, with its own empty state folder that is deleted when it stops.
 */
final class BotProcess implements AutoCloseable {
    /**
     * The index snapshots every bot and probe of the benchmark shares, as a bot restarted with unchanged knowledge
     * finds its own (each run has a fresh data folder): the first start builds the index, the others read it.
     */
    static final Path INDEX_SNAPSHOTS = Path.of(System.getProperty("java.io.tmpdir"), "aws-hiring-bot-bench-index");

    /** A token the local server accepts; it does not have the shape of a real one. */
    static final String TOKEN = "4242:bench-local-token";

    private final ChildJvm child;
    private final Path dataDir;

    private BotProcess(ChildJvm child, Path dataDir) {
        this.child = child;
        this.dataDir = dataDir;
    }

    /**
     * Starts the bot as shipped (no command line) with {@code jvmOptions} and {@code extraEnv} on top of the local
     * server's settings.
     */
    static BotProcess start(BenchBotApi api, Path knowledgeDir, List<String> jvmOptions, Map<String, String> extraEnv) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("bench-bot-data");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a state folder for the bot", e);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_URL", api.url());
        env.put("BOT_KNOWLEDGE_DIR", knowledgeDir.toAbsolutePath().toString());
        env.put("BOT_DATA_DIR", dataDir.toString());
        env.put("BOT_INDEX_SNAPSHOT_DIR", INDEX_SNAPSHOTS.toString());
        env.putAll(extraEnv);
        return new BotProcess(ChildJvm.start(jvmOptions, List.of(), env, null), dataDir);
    }

    ChildJvm child() {
        return child;
    }

    /** Stops the bot as an operator would (SIGTERM), killing it if it takes longer than ten seconds. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
        deleteQuietly(dataDir);
    }

    /** Stops the bot with SIGTERM, killing it if it takes longer than {@code timeout}. */
    void stop(Duration timeout) {
        child.stop(timeout);
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing the benchmark for.
        }
    }
}
