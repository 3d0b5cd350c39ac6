package com.awshiringbot.cli;

import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.KnowledgeLoader;
import com.awshiringbot.retrieval.AnalysisOptions;
import com.awshiringbot.retrieval.Analyzers;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code validate [DIR]}: checks the whole knowledge base and reports every problem at once. */
@Command(name = "validate",
        description = "Checks the knowledge base and reports every problem (file, line, entry, what is wrong). "
                + "Exit code 0 when it is sound, 2 when it has problems.")
public final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "The knowledge folder. Default: the setting bot.knowledge-dir (env BOT_KNOWLEDGE_DIR).")
    private Path dir;

    @Override
    public Integer call() {
        Path knowledge = dir != null ? dir : main.settings().path("bot.knowledge-dir");
        try {
            KnowledgeBase kb = KnowledgeLoader.load(knowledge);
            main.out().println("OK: " + kb.entries().size() + " entries, " + kb.sources().size() + " sources");
            // sound, but worth a look: synonym words an analysis chain drops or reads as another, shorter word
            Analyzers analyzers = Analyzers.create(kb.userDictionary(), kb.synonyms(), AnalysisOptions.defaults());
            for (String skipped : analyzers.skippedSynonyms()) {
                main.out().println("warning: synonyms.txt: the analysis drops the word " + skipped
                        + ", so the rest of its group applies without it");
            }
            analyzers.shrunkSynonyms().forEach(shrunk -> main.out().println("warning: " + shrunk));
            main.out().flush();
            return 0;
        } catch (KnowledgeException e) {
            KnowledgeReport.print(e, main.err());
            return Main.EXIT_USAGE;
        }
    }
}
