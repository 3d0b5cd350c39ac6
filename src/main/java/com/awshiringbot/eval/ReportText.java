package com.awshiringbot.eval;

import com.awshiringbot.eval.Variant.Kind;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints an {@link EvalReport} for people: figures per part and language, misses, variants, leave-one-out, curves. */
public final class ReportText {
    private static final int COMPACT_CURVE_ROWS = 3;
    private static final int SHORT_LIST = 20;

    private ReportText() {
    }

    /**
     * Writes the report.
     *
     * @param floors the floors to check the figures against, or null
     * @param full every row of each curve, rather than the rows around the configured value, and every miss of the
     *     variants and leave-one-out, rather than the first {@value #SHORT_LIST} (the labelled set's misses are always
     *     all printed)
     */
    public static void write(EvalReport report, Floors floors, boolean full, PrintWriter out) {
        out.println("Labelled set: " + report.set() + " — " + String.join(", ",
                report.parts().stream().map(p -> p.part() + " " + p.questions() + " questions").toList()));
        for (PartFigures part : report.parts()) {
            out.println();
            part(part, out);
        }
        if (report.variants() != null) {
            out.println();
            variants(report.variants(), full, out);
        }
        if (report.leaveOneOut() != null) {
            out.println();
            leaveOneOut(report.leaveOneOut(), full, out);
        }
        for (Curve curve : report.curves()) {
            out.println();
            curve(curve, full, out);
        }
        if (!report.warnings().isEmpty()) {
            out.println();
            out.println("Warnings (" + report.warnings().size() + "):");
            report.warnings().forEach(w -> out.println("  " + w));
        }
        if (floors != null) {
            out.println();
            List<String> failures = floors.check(report);
            out.println("Floors (" + floors.source() + "): " + (failures.isEmpty() ? "all met" : failures.size() + " not met"));
            failures.forEach(f -> out.println("  " + f));
        }
        out.flush();
    }

    private static void part(PartFigures part, PrintWriter out) {
        out.println(part.part() + " (" + part.questions() + " questions)");
        row(out, "Korean in-scope answered right", part.koInScope().toString());
        row(out, "English in-scope answered right", part.enInScope().toString());
        row(out, "out of scope refused", part.refusals() + (part.refusalsAsDidYouMean() == 0 ? ""
                : ", " + part.refusalsAsDidYouMean() + " of them as did-you-mean"));
        row(out, "wrong confident answers", part.wrongConfident().toString());
        row(out, "did-you-mean offering the expected entry", String.valueOf(part.didYouMeanOffered()));
        misses("misses", part.misses(), true, out);
    }

    private static void variants(VariantFigures variants, boolean full, PrintWriter out) {
        out.println("Variants of the in-scope questions: " + variants.all());
        for (Map.Entry<Kind, Count> kind : variants.byKind().entrySet()) {
            row(out, kind.getKey().label(), kind.getValue().toString());
        }
        misses("misses", variants.misses(), full, out);
    }

    private static void leaveOneOut(LeaveOneOutFigures figures, boolean full, PrintWriter out) {
        out.println("Leave-one-out over the entries' own questions (" + figures.rounds() + " index builds)");
        row(out, "answered with their own entry", figures.answered().toString());
        row(out, "own entry ranked first", figures.retrieved().toString());
        misses("stolen by another entry", figures.stolen(), true, out);
        misses("not answered", figures.misses().stream().filter(m -> m.gotId() == null).toList(), full, out);
    }

    private static void curve(Curve curve, boolean full, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "Threshold curve of the '%s' bar on the tuning part (configured %s)",
                curve.bar().name(), number(curve.bar().configured())));
        out.println(String.format(Locale.ROOT, "  %8s  %-20s  %-20s  %-20s  %s", "bar", "in-scope right",
                "wrong confident", "out of scope refused", "did-you-mean with the right entry"));
        int configured = curve.configuredRow();
        for (int i = 0; i < curve.rows().size(); i++) {
            if (!full && Math.abs(i - configured) > COMPACT_CURVE_ROWS) {
                continue;
            }
            Curve.Row row = curve.rows().get(i);
            PartFigures f = row.figures();
            out.println(String.format(Locale.ROOT, "%s %8s  %-20s  %-20s  %-20s  %d", i == configured ? "→" : " ",
                    number(row.value()), f.inScope(), f.wrongConfident(), f.refusals(), f.didYouMeanOffered()));
        }
        if (!full) {
            out.println("  (eval --all prints every row)");
        }
    }

    private static void misses(String title, List<Miss> misses, boolean all, PrintWriter out) {
        if (misses.isEmpty()) {
            return;
        }
        out.println("  " + title + " (" + misses.size() + "):");
        int shown = all ? misses.size() : Math.min(SHORT_LIST, misses.size());
        misses.subList(0, shown).forEach(m -> out.println("    " + m));
        if (shown < misses.size()) {
            out.println("    … " + (misses.size() - shown) + " more (eval --all lists them all)");
        }
    }

    private static void row(PrintWriter out, String label, String value) {
        out.println(String.format(Locale.ROOT, "  %-42s %s", label, value));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0{1,2}$", "");
    }
}
