package com.awshiringbot.cli;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.KnowledgeLoader;
import com.awshiringbot.store.Database;
import com.awshiringbot.store.FeedbackStore;
import com.awshiringbot.store.QuestionStore;
import com.awshiringbot.store.Report;
import com.awshiringbot.store.ReportBuilder;
import com.awshiringbot.store.ReportJson;
import com.awshiringbot.store.ReportText;
import com.awshiringbot.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code report [--days N] [--json]}: the maintainer's digest from the bot's database — outcomes by day, the most
 * frequent unanswered questions, the entries with the most 👎 and the entries never hit.
 */
@Command(name = "report",
        description = "Prints what people asked and how it went, from the bot's database: answer / did-you-mean / "
                + "don't-know counts by day, the most frequent unanswered questions, the entries with the most 👎, "
                + "and the entries never hit.")
public final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7",
            description = "How many days to cover, today included (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--json", description = "Print JSON for machines instead of text.")
    private boolean json;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD",
            description = "The last day to cover (UTC). Default: today.")
    private LocalDate until;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The bot's data folder. Default: the setting bot.data-dir (env BOT_DATA_DIR).")
    private Path dataDir;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "The knowledge folder, to list entries never hit. Default: the setting bot.knowledge-dir.")
    private Path knowledgeDir;

    @Override
    public Integer call() throws KnowledgeException {
        if (days < 1) {
            main.err().println("--days must be at least 1, but is " + days);
            return Main.EXIT_USAGE;
        }
        Path knowledge = knowledgeDir != null ? knowledgeDir : main.settings().path("bot.knowledge-dir");
        List<String> entryIds = KnowledgeLoader.load(knowledge).entries().stream().map(Entry::id).toList();
        Path data = dataDir != null ? dataDir : main.settings().path("bot.data-dir");
        Clock clock = until == null ? Clock.systemUTC()
                : Clock.fixed(until.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Database database = Database.openExisting(data)) {
            Report report = new ReportBuilder(new QuestionStore(database, clock), new FeedbackStore(database, clock), clock)
                    .build(days, entryIds);
            main.out().print(json ? ReportJson.render(report) : ReportText.render(report));
            main.out().flush();
            return 0;
        } catch (StoreException e) {
            main.err().println(e.getMessage());
            main.err().flush();
            return 1;
        }
    }
}
