package com.awshiringbot.store;

import java.util.ArrayList;
import java.util.List;

/** The report as plain text, for the terminal and for Telegram. */
public final class ReportText {
    /** Lines of entry ids are wrapped at this many characters. */
    private static final int WIDTH = 100;

    private ReportText() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        long days = report.to().toEpochDay() - report.from().toEpochDay() + 1;
        out.append("Report ").append(report.from()).append(" to ").append(report.to())
                .append(" (").append(days).append(days == 1 ? " day" : " days").append(", UTC)\n\n");
        byDay(report, out);
        unanswered(report, out);
        disliked(report, out);
        neverHit(report, out);
        return out.toString();
    }

    private static void byDay(Report report, StringBuilder out) {
        out.append("Questions by day\n");
        if (report.days().isEmpty()) {
            out.append("  (no questions)\n\n");
            return;
        }
        out.append(String.format("  %-10s  %8s  %12s  %10s  %5s%n", "day", "answered", "did-you-mean", "don't know", "total"));
        for (DayCounts day : report.days()) {
            row(day.day().toString(), day, out);
        }
        row("total", report.totals(), out);
        out.append('\n');
    }

    private static void row(String label, DayCounts counts, StringBuilder out) {
        out.append(String.format("  %-10s  %8d  %12d  %10d  %5d%n",
                label, counts.answered(), counts.didYouMean(), counts.dontKnow(), counts.total()));
    }

    private static void unanswered(Report report, StringBuilder out) {
        out.append("Unanswered questions, most frequent first\n");
        if (report.unanswered().isEmpty()) {
            out.append("  (none)\n\n");
            return;
        }
        for (Report.QuestionGroup group : report.unanswered()) {
            List<String> notes = new ArrayList<>();
            if (group.dontKnow() > 0) {
                notes.add("don't know " + group.dontKnow());
            }
            if (group.didYouMean() > 0) {
                notes.add("did you mean " + group.didYouMean());
            }
            if (group.topGuess() != null) {
                notes.add("best guess " + group.topGuess());
            }
            if (!group.variants().isEmpty()) {
                notes.add("also: " + String.join(" | ", group.variants()));
            }
            out.append(String.format("  %4d  %s  [%s]%n", group.count(), group.question(), String.join("; ", notes)));
        }
        out.append('\n');
    }

    private static void disliked(Report report, StringBuilder out) {
        out.append("Entries with the most 👎\n");
        if (report.mostDisliked().isEmpty()) {
            out.append("  (none)\n\n");
            return;
        }
        for (Votes votes : report.mostDisliked()) {
            out.append(String.format("  👎 %3d  👍 %3d  %s%n", votes.unhelpful(), votes.helpful(), votes.entryId()));
        }
        out.append('\n');
    }

    private static void neverHit(Report report, StringBuilder out) {
        out.append("Entries never hit: ").append(report.neverHit().size()).append(" of ").append(report.entryCount()).append('\n');
        StringBuilder line = new StringBuilder();
        for (String entryId : report.neverHit()) {
            if (line.length() > 0 && line.length() + 2 + entryId.length() > WIDTH) {
                out.append(line).append(",\n");
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "  " : ", ").append(entryId);
        }
        if (line.length() > 0) {
            out.append(line).append('\n');
        }
    }
}
