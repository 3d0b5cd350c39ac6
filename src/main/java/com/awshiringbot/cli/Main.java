package com.awshiringbot.cli;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.answer.Answerer;
import com.awshiringbot.bench.StartupProbe;
import com.awshiringbot.config.ConfigException;
import com.awshiringbot.config.Settings;
import com.awshiringbot.console.ConsoleChat;
import com.awshiringbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's one entry point. With no subcommand it runs the Telegram bot, or the console chat when no
 * {@code TELEGRAM_BOT_TOKEN} is set. Only {@link #main} calls {@link System#exit}; everything else writes to the
 * injected writers and returns an exit code (0 ok, 1 failure, 2 bad usage or broken knowledge).
 */
@Command(
        name = "aws-hiring-bot",
        mixinStandardHelpOptions = true,
        version = "aws-hiring-bot 0.1.0",
        description = "Answers questions about getting hired at AWS, from a curated knowledge base.",
        subcommands = {
            ValidateCommand.class,
            AskCommand.class,
            ConsoleCommand.class,
            EvalCommand.class,
            ReportCommand.class,
            BenchCommand.class,
        })
public final class Main implements Callable<Integer> {
    /** Exit code for bad usage, bad configuration and a broken knowledge base. */
    public static final int EXIT_USAGE = 2;

    private final InputStream in;
    private final Map<String, String> env;
    private final AnswererFactory answerers;
    private PrintWriter out;
    private PrintWriter err;
    private Settings settings;

    /**
     * @param in standard input, read as bytes by the commands that read questions
     * @param env the environment the settings and the token are read from
     * @param answerers builds the answering core for {@code ask}, {@code console} and the bot
     */
    /** The subcommands that build a core first thing (no subcommand does too: the bot or the console). */
    private static final Set<String> BUILDS_A_CORE = Set.of("ask", "console");
    /** The benchmark's child JVMs that time the start of the bot or of the core: they must start like them. */
    private static final Set<String> PROBES = Set.of("--probe-start");

    public Main(InputStream in, Map<String, String> env, AnswererFactory answerers) {
        this.in = Objects.requireNonNull(in, "in");
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.answerers = Objects.requireNonNull(answerers, "answerers");
    }

    public static void main(String[] args) {
        if (buildsACore(args)) {
            // Nori's dictionaries take the longest of a start: begin before the command line is even parsed
            AnswerEngine.preload();
        }
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(run(args));
    }

    private static boolean buildsACore(String[] args) {
        return args.length == 0 || BUILDS_A_CORE.contains(args[0])
                || (args[0].equals("bench") && Arrays.stream(args).anyMatch(PROBES::contains));
    }

    /** Runs the command line on the real standard streams and environment and returns its exit code. */
    public static int run(String... args) {
        return run(utf8(System.out), utf8(System.err), args);
    }

    /** Runs the command line with output captured by {@code out} and {@code err}: for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        String probe = System.getProperty(StartupProbe.BOT_PROPERTY);
        AnswererFactory answerers = probe == null ? AnswerEngine::load
                : BenchCommand.announcing(StartupProbe.sinceJvmStart(), Integer.parseInt(probe), out);
        return new Main(System.in, System.getenv(), answerers).execute(out, err, args);
    }

    /** Parses {@code args}, runs the command and returns its exit code. */
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        try {
            if (args.length == 0) {
                // the bot's own start: nothing to parse, and building picocli's model costs a cold JVM about 0.3 s
                return callCatching();
            }
            return new CommandLine(this)
                    .setOut(out)
                    .setErr(err)
                    .setExecutionExceptionHandler(this::failed)
                    .execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** No subcommand: the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set, otherwise the console chat. */
    @Override
    public Integer call() throws KnowledgeException, IOException {
        return settings().token().isPresent() ? runBot() : runConsole(answerer());
    }

    /**
     * Runs the Telegram bot until it is stopped, with its operations: the SQLite inbox, feedback and question log,
     * the live knowledge reload and the admin commands. The core, the store and the connection to the Bot API are
     * made side by side. Returns the exit code.
     */
    int runBot() throws KnowledgeException {
        return BotStartup.run(settings(), answerers, err);
    }

    /** Runs the console chat on standard input until /quit or the end of input. */
    int runConsole(Answerer answerer) throws IOException {
        new ConsoleChat(Utf8.reader(in), out, answerer).run();
        return 0;
    }

    /** Standard input, as bytes. */
    InputStream in() {
        return in;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** The settings from the environment, read once. */
    Settings settings() {
        if (settings == null) {
            settings = Settings.load(env);
        }
        return settings;
    }

    /**
     * The answering core, built from the settings. A broken knowledge base throws {@link KnowledgeException},
     * which stops the command with exit code 2 and the report on standard error.
     */
    Answerer answerer() throws KnowledgeException {
        return answerers.create(settings());
    }

    /** {@link #call()}, with a failure reported as picocli's handler reports it. */
    private int callCatching() {
        try {
            return call();
        } catch (Exception e) {
            return failed(e);
        }
    }

    private int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return failed(e);
    }

    private int failed(Exception e) {
        if (e instanceof KnowledgeException broken) {
            KnowledgeReport.print(broken, err);
            return EXIT_USAGE;
        }
        if (e instanceof ConfigException) {
            err.println("Configuration error: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
        e.printStackTrace(err);
        err.flush();
        return 1;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
