package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shipped knowledge, labelled set and floors, and one real engine under the configured thresholds, built once per
 * test run and shared by the tests that measure answer quality.
 */
final class Shipped {
    static final Path KNOWLEDGE = Path.of("knowledge");
    static final Path SET = KNOWLEDGE.resolve("eval");

    private static KnowledgeBase knowledge;
    private static AnswerEngines engines;
    private static Answerer engine;
    private static LabelledSet set;
    private static Floors floors;

    private Shipped() {
    }

    static synchronized KnowledgeBase knowledge() throws Exception {
        if (knowledge == null) {
            knowledge = KnowledgeLoader.load(KNOWLEDGE);
        }
        return knowledge;
    }

    static synchronized AnswerEngines engines() {
        if (engines == null) {
            engines = AnswerEngines.from(Settings.defaults());
        }
        return engines;
    }

    static synchronized Answerer engine() throws Exception {
        if (engine == null) {
            engine = engines().create(knowledge());
        }
        return engine;
    }

    static synchronized LabelledSet set() throws Exception {
        if (set == null) {
            set = LabelledSet.read(SET, knowledge());
        }
        return set;
    }

    static synchronized Floors floors() throws Exception {
        if (floors == null) {
            floors = Floors.read(SET.resolve(Floors.FILE_NAME));
        }
        return floors;
    }

    /** The floors a report with only some figures falls below (floors of the other figures are skipped). */
    static List<String> failures(PartFigures part, VariantFigures variants, LeaveOneOutFigures leaveOneOut)
            throws Exception {
        List<PartFigures> parts = part == null ? List.of() : List.of(part);
        return floors().check(new EvalReport(SET.toString(), parts, variants, leaveOneOut, List.of(), List.of()));
    }

    /** The failures and then every miss, one a line, for an assertion message. */
    static String explain(List<String> failures, String title, List<Miss> misses) {
        return String.join("\n", failures) + "\n" + title + " (" + misses.size() + "):\n"
                + misses.stream().map(m -> "  " + m).collect(Collectors.joining("\n"));
    }
}
