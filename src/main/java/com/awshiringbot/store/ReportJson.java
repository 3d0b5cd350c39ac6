package com.awshiringbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as JSON, for machines: {@code {"from", "to", "days": [{"day", "answered", "did_you_mean",
 * "dont_know", "total"}], "totals", "unanswered": [...], "most_disliked": [...], "never_hit": [...],
 * "entry_count"}}.
 */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String render(Report report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("from", report.from().toString());
        root.put("to", report.to().toString());
        ArrayNode days = root.putArray("days");
        for (DayCounts day : report.days()) {
            counts(days.addObject().put("day", day.day().toString()), day);
        }
        counts(root.putObject("totals"), report.totals());
        ArrayNode unanswered = root.putArray("unanswered");
        for (Report.QuestionGroup group : report.unanswered()) {
            ObjectNode node = unanswered.addObject()
                    .put("question", group.question())
                    .put("count", group.count())
                    .put("did_you_mean", group.didYouMean())
                    .put("dont_know", group.dontKnow())
                    .put("top_guess", group.topGuess());
            group.variants().forEach(node.putArray("variants")::add);
        }
        ArrayNode disliked = root.putArray("most_disliked");
        for (Votes votes : report.mostDisliked()) {
            disliked.addObject().put("entry", votes.entryId()).put("unhelpful", votes.unhelpful()).put("helpful", votes.helpful());
        }
        report.neverHit().forEach(root.putArray("never_hit")::add);
        root.put("entry_count", report.entryCount());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report as JSON", e);
        }
    }

    private static void counts(ObjectNode node, DayCounts counts) {
        node.put("answered", counts.answered())
                .put("did_you_mean", counts.didYouMean())
                .put("dont_know", counts.dontKnow())
                .put("total", counts.total());
    }
}
