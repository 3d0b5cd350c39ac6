package com.awshiringbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.eval.EngineFactory.Bar;
import com.awshiringbot.eval.Variant.Kind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static final PartFigures EMPTY = new PartFigures("tune", new Count(0, 0), new Count(0, 0), new Count(0, 0),
            0, new Count(0, 0), 0, List.of());

    private static EvalReport report() {
        List<Miss> misses = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> new Miss("질문 " + i, "loop-interview", null, Outcome.DONT_KNOW, 0.1, List.of(), "v.tsv:" + i))
                .toList();
        VariantFigures variants = new VariantFigures(Map.of(Kind.NO_SPACES, new Count(0, 25)), misses);
        List<Curve.Row> rows = new ArrayList<>();
        for (double value : Bar.steps(0.0, 0.9, 0.1)) {
            rows.add(new Curve.Row(value, EMPTY));
        }
        Curve curve = new Curve(new Bar("answer", 0.3, Bar.steps(0.0, 0.9, 0.1)), rows);
        return new EvalReport("set", List.of(EMPTY), variants, null, List.of(curve), List.of());
    }

    private static String write(boolean all) {
        StringWriter text = new StringWriter();
        ReportText.write(report(), null, all, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void longListsOfVariantMissesAreCutAtTwentyUnlessAllAreAskedFor() {
        String shortText = write(false);
        assertTrue(shortText.contains("    v.tsv:20  \"질문 20\"  expected loop-interview  got dont_know  score 0.100\n"
                + "    … 5 more (eval --all lists them all)\n"), shortText);
        assertTrue(write(true).contains("    v.tsv:25  \"질문 25\""));
    }

    @Test
    void theCompactCurveShowsThreeRowsEachSideOfTheConfiguredValue() {
        List<String> shown = write(false).lines().filter(l -> l.matches("^[ →]\\s+\\d\\.\\d+\\s.*")).toList();
        assertEquals(List.of("0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6"), shown.stream()
                .map(l -> l.substring(1).strip().split("\\s+")[0]).toList());
        assertTrue(shown.get(3).startsWith("→"), shown.get(3));
        assertEquals(10, write(true).lines().filter(l -> l.matches("^[ →]\\s+\\d\\.\\d+\\s.*")).count());
    }

    @Test
    void aConfiguredValueBetweenStepsIsSweptToo() {
        assertEquals(List.of(0.0, 0.05, 0.07, 0.1), Bar.around(0.07, 0.0, 0.1, 0.05));
        assertEquals(List.of(0.0, 0.05, 0.1), Bar.around(0.05, 0.0, 0.1, 0.05));
    }
}
