package com.awshiringbot.cli;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.answer.CoreTimings;
import com.awshiringbot.bench.BenchPlan;
import com.awshiringbot.bench.BenchResult;
import com.awshiringbot.bench.Benchmark;
import com.awshiringbot.bench.CdsArchive;
import com.awshiringbot.bench.CoreStarter;
import com.awshiringbot.bench.StartupProbe;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench [--quick]}: measures start-up, retrieval, memory and the bot end to end against a local Bot API server,
 * and prints it all on one screen. The hidden {@code --probe-start} mode is what the benchmark's child JVMs run.
 */
@Command(name = "bench",
        description = "Measures start-up, retrieval latency and throughput, memory, and the bot end to end against a "
                + "local Bot API server; prints everything on one screen (minutes; --quick: seconds).")
public final class BenchCommand implements Callable<Integer> {
    /** The real core, timed step by step. */
    static final CoreStarter REAL_CORE = settings -> started(AnswerEngine.load(settings));

    private static CoreStarter.Started started(AnswerEngine engine) {
        CoreTimings timings = engine.timings();
        return new CoreStarter.Started(engine, timings.knowledgeLoad(), timings.analyzerSetup(), timings.indexBuild(),
                timings.indexFromSnapshot());
    }

    /**
     * The bot's cores when it runs for the benchmark ({@link StartupProbe#BOT_PROPERTY}): each prints its start-up
     * line once ready, and answers {@code questions} first when there are any.
     *
     * @param mainMicros {@link StartupProbe#sinceJvmStart()} when {@code main} began
     */
    static AnswererFactory announcing(long mainMicros, int questions, PrintWriter out) {
        return settings -> {
            AnswerEngine engine = AnswerEngine.load(settings);
            StartupProbe.announce(mainMicros, settings, started(engine), questions, out);
            return engine;
        };
    }

    @ParentCommand
    private Main main;

    @Option(names = "--quick", description = "Every section with tiny counts, in a few seconds (figures not meaningful).")
    private boolean quick;

    @Option(names = "--write-cds", description = "Instead of measuring, writes the bot's AppCDS archive beside the jar "
            + "(target/aws-hiring-bot.jsa) from one run of the bot against a local Bot API server (seconds); start the bot "
            + "with -XX:SharedArchiveFile=target/aws-hiring-bot.jsa to use it.")
    private boolean writeCds;

    @Option(names = "--probe-start", hidden = true,
            description = "Child JVM mode: start the core, print start-up timings and heap, then exit.")
    private boolean probeStart;

    @Option(names = "--questions", hidden = true, defaultValue = "0",
            description = "With --probe-start: questions to answer before printing the heap again.")
    private int questions;

    @Override
    public Integer call() throws Exception {
        if (writeCds) {
            Optional<Path> file = CdsArchive.besideTheJar();
            if (file.isEmpty()) {
                main.err().println("--write-cds needs the packaged jar: java -jar target/aws-hiring-bot.jar bench --write-cds");
                return Main.EXIT_USAGE;
            }
            long bytes = CdsArchive.write(main.settings().path("bot.knowledge-dir").toAbsolutePath(), file.get());
            main.out().printf(Locale.ROOT, "Wrote %s (%.1f MB). Start the bot with -XX:SharedArchiveFile=%s%n", file.get(),
                    bytes / 1e6, file.get());
            return 0;
        }
        if (probeStart) {
            new StartupProbe(REAL_CORE).run(main.settings(), questions, main.out());
            return 0;
        }
        BenchResult result = new Benchmark(main.settings(), REAL_CORE, quick ? BenchPlan.quickRun() : BenchPlan.full(),
                main.out()).run();
        return result.failures().isEmpty() ? 0 : 1;
    }
}
