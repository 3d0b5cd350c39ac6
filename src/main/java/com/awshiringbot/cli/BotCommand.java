package com.awshiringbot.cli;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.ConfigException;
import com.awshiringbot.config.Settings;
import com.awshiringbot.telegram.BotSeams;
import com.awshiringbot.telegram.BotStartException;
import com.awshiringbot.telegram.TelegramBot;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the Telegram bot until the process is told to stop (SIGTERM or Ctrl-C): then it stops polling, finishes the
 * replies in hand, closes what it was given, and the process exits 0. A token Telegram refuses ends start-up with a
 * message on standard error (without the token) and exit code 1.
 */
final class BotCommand {

    private BotCommand() {
    }

    /** Runs the bot over {@code core} with the default (in-memory) seams. */
    static int run(Settings settings, Answerer core, PrintWriter err) {
        return run(settings, () -> core, BotSeams.defaults(), List.of(), err, BotCommand::shutdownHook);
    }

    /** Runs the bot with the given seams; {@code resources} are closed after it stops (on SIGTERM, by a hook). */
    static int run(Settings settings, Supplier<Answerer> core, BotSeams seams, List<AutoCloseable> resources,
            PrintWriter err) {
        return run(settings, core, seams, resources, err, BotCommand::shutdownHook);
    }

    /**
     * Runs the bot.
     *
     * @param core the answering core, asked anew for every update (a live reload swaps what it returns)
     * @param resources closed, in order, after the bot has stopped (a database, a file watcher)
     * @param termination where to register what runs when the process is told to stop
     * @return the exit code: 0 once stopped, 1 when Telegram refused the token
     */
    static int run(Settings settings, Supplier<Answerer> core, BotSeams seams, List<AutoCloseable> resources,
            PrintWriter err, Termination termination) {
        String token = settings.token().orElseThrow(() -> new ConfigException("TELEGRAM_BOT_TOKEN is not set"));
        return run(new TelegramBot(settings, token, core, seams), resources, err, termination);
    }

    /** Runs a bot made already (its connection may be connecting still), until the process is told to stop. */
    static int run(TelegramBot bot, List<AutoCloseable> resources, PrintWriter err) {
        return run(bot, resources, err, BotCommand::shutdownHook);
    }

    private static int run(TelegramBot bot, List<AutoCloseable> resources, PrintWriter err, Termination termination) {
        Runnable unregister = termination.register(() -> {
            bot.stop();
            closeAll(resources, err);
        });
        boolean stopped = false;
        try {
            bot.start();
            bot.awaitStopped();
            stopped = true;
            return 0;
        } catch (BotStartException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (!stopped) {
                // Not stopped by the termination hook: take the hook back, or it would turn this exit code into 0.
                unregister.run();
                bot.stop();
                closeAll(resources, err);
            }
        }
    }

    /** Registers what runs when the process is told to stop; returns how to take it back. */
    @FunctionalInterface
    interface Termination {
        Runnable register(Runnable stop);
    }

    /**
     * The real process's termination: a shutdown hook (SIGTERM, Ctrl-C). The JVM exits with status 143 after a
     * SIGTERM whatever the hooks do, so once the bot has stopped cleanly the hook halts with 0, the exit status of a
     * clean stop.
     */
    private static Runnable shutdownHook(Runnable stop) {
        Thread hook = new Thread(() -> {
            stop.run();
            System.err.flush();
            Runtime.getRuntime().halt(0);
        }, "bot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running: it will finish the stop.
            }
        };
    }

    private static void closeAll(List<AutoCloseable> resources, PrintWriter err) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                err.println("Closing " + resource + " failed: " + e.getMessage());
                err.flush();
            }
        }
    }
}
