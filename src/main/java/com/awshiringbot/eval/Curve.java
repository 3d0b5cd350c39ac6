package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.eval.EngineFactory.Bar;
import java.util.ArrayList;
import java.util.List;

/**
 * The threshold curve of one bar: the tuning questions answered with the bar at each value, so the configured value
 * can be read off the trade-off between right answers, wrong confident answers and refusals.
 *
 * @param bar the bar swept
 * @param rows one row per value, ascending
 */
public record Curve(Bar bar, List<Row> rows) {

    public Curve {
        rows = List.copyOf(rows);
    }

    /**
     * One value of the bar and the figures on the tuning questions with it.
     *
     * @param value the bar's value
     * @param figures the figures with the bar at {@code value}
     */
    public record Row(double value, PartFigures figures) {
    }

    /** Sweeps every bar of {@code factory} over {@code questions}, starting from {@code answerer}. */
    public static List<Curve> sweep(EngineFactory factory, Answerer answerer, String part,
            List<LabelledQuestion> questions) {
        List<Curve> curves = new ArrayList<>();
        for (Bar bar : factory.bars()) {
            List<Row> rows = new ArrayList<>();
            for (double value : bar.values()) {
                Answerer moved = factory.withBar(answerer, bar.name(), value);
                rows.add(new Row(value, Evaluation.measure(moved, part, questions)));
            }
            curves.add(new Curve(bar, rows));
        }
        return curves;
    }

    /** The row nearest the configured value. */
    public int configuredRow() {
        int best = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (Math.abs(rows.get(i).value() - bar.configured()) < Math.abs(rows.get(best).value() - bar.configured())) {
                best = i;
            }
        }
        return best;
    }
}
