package com.awshiringbot.cli;

import com.awshiringbot.config.Settings;
import com.awshiringbot.eval.EngineFactory;
import com.awshiringbot.eval.EvalReport;
import com.awshiringbot.eval.Evaluator;
import com.awshiringbot.eval.Floors;
import com.awshiringbot.eval.LabelledSet;
import com.awshiringbot.eval.LabelledSetException;
import com.awshiringbot.eval.ReportJson;
import com.awshiringbot.eval.ReportText;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eval [FILE]}: measures answer quality on the labelled set — accuracy on Korean and English in-scope questions,
 * correct refusals out of scope, wrong confident answers, each miss, generated variants, leave-one-out and the
 * threshold curves — and checks the committed floors. The figures are informative: exit 0 even when a floor is not
 * met (the tests enforce the floors); exit 2 on a bad set or floors file or a broken knowledge base.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measures answer quality on the labelled question set (default: the eval folder of the knowledge).")
public final class EvalCommand implements Callable<Integer> {

    /** How the command reaches the knowledge and the answering core; tests give it fakes. */
    interface Core {
        KnowledgeBase knowledge(Settings settings) throws KnowledgeException;

        EngineFactory answerers(Settings settings);
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A .tsv set file or a folder of them (default: <bot.knowledge-dir>/eval).")
    Path set;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = {"--all", "--curve"},
            description = "Print every row of the threshold curves (not just those around the configured bars) and "
                    + "every miss of the variants and leave-one-out (not just the first 20).")
    boolean all;

    @Option(names = "--no-leave-one-out", description = "Skip leave-one-out (it rebuilds the index once per round).")
    boolean noLeaveOneOut;

    private final Core core;
    private final Supplier<Settings> settings;

    /** The command as the jar runs it: the real loader and engine, the settings of the parent {@link Main}. */
    public EvalCommand() {
        this(CoreWiring.EVAL, null);
    }

    /** For tests: a fake core and settings, when the command runs without a parent. */
    EvalCommand(Core core, Supplier<Settings> settings) {
        this.core = core;
        this.settings = settings;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Settings config = main != null ? main.settings() : settings.get();
        KnowledgeBase knowledge;
        try {
            knowledge = core.knowledge(config);
        } catch (KnowledgeException e) {
            KnowledgeReport.print(e, err);
            return Main.EXIT_USAGE;
        }
        Path path = set != null ? set : config.path("bot.knowledge-dir").resolve("eval");
        LabelledSet labelled;
        Floors floors = null;
        try {
            labelled = LabelledSet.read(path, knowledge);
            Path floorsFile = path.resolve(Floors.FILE_NAME);
            if (Files.isDirectory(path) && Files.isRegularFile(floorsFile)) {
                floors = Floors.read(floorsFile);
            }
        } catch (LabelledSetException e) {
            e.problems().forEach(err::println);
            err.flush();
            return Main.EXIT_USAGE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        }
        EvalReport report = new Evaluator(knowledge, core.answerers(config))
                .run(path.toString(), labelled, !noLeaveOneOut);
        if (json) {
            ReportJson.write(report, floors, out);
        } else {
            ReportText.write(report, floors, all, out);
        }
        return 0;
    }
}
