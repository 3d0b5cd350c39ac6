package com.awshiringbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's one entry point. With no subcommand it runs the Telegram bot, or the console chat when no
 * {@code TELEGRAM_BOT_TOKEN} is set. Only this class calls {@link System#exit}.
 */
@Command(
        name = "aws-hiring-bot",
        mixinStandardHelpOptions = true,
        version = "aws-hiring-bot 0.1.0",
        description = "Answers questions about getting hired at AWS, from a curated knowledge base.",
        subcommands = {
            EvalCommand.class,
        })
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 failure, 2 bad usage. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public Integer call() {
        System.err.println("Nothing to run yet.");
        return 1;
    }
}
