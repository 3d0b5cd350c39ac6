package com.awshiringbot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Writes an {@link EvalReport} as one JSON document, for machines. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** Writes the report, and the floors not met when {@code floors} is not null. */
    public static void write(EvalReport report, Floors floors, Writer out) throws IOException {
        out.write(MAPPER.writeValueAsString(tree(report, floors)));
        out.write('\n');
        out.flush();
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(EvalReport report, Floors floors) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("set", report.set());
        ArrayNode parts = root.putArray("parts");
        report.parts().forEach(p -> parts.add(part(p)));
        if (report.variants() != null) {
            ObjectNode variants = root.putObject("variants");
            variants.set("all", count(report.variants().all()));
            ObjectNode byKind = variants.putObject("by_kind");
            report.variants().byKind().forEach((kind, c) -> byKind.set(kind.name().toLowerCase(Locale.ROOT), count(c)));
            variants.set("misses", misses(report.variants().misses()));
        } else {
            root.putNull("variants");
        }
        if (report.leaveOneOut() != null) {
            LeaveOneOutFigures loo = report.leaveOneOut();
            ObjectNode node = root.putObject("leave_one_out");
            node.put("rounds", loo.rounds());
            node.set("answered", count(loo.answered()));
            node.set("retrieved", count(loo.retrieved()));
            node.set("misses", misses(loo.misses()));
        } else {
            root.putNull("leave_one_out");
        }
        ArrayNode curves = root.putArray("curves");
        for (Curve curve : report.curves()) {
            ObjectNode node = curves.addObject();
            node.put("bar", curve.bar().name());
            node.put("configured", curve.bar().configured());
            ArrayNode rows = node.putArray("rows");
            for (Curve.Row row : curve.rows()) {
                ObjectNode r = rows.addObject();
                r.put("value", row.value());
                r.set("in_scope", count(row.figures().inScope()));
                r.set("wrong_confident", count(row.figures().wrongConfident()));
                r.set("refusals", count(row.figures().refusals()));
                r.put("did_you_mean_offered", row.figures().didYouMeanOffered());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        if (floors != null) {
            ObjectNode node = root.putObject("floors");
            node.put("file", floors.source());
            ArrayNode failures = node.putArray("not_met");
            floors.check(report).forEach(failures::add);
        } else {
            root.putNull("floors");
        }
        return root;
    }

    private static ObjectNode part(PartFigures p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("part", p.part());
        node.put("questions", p.questions());
        node.set("ko_in_scope", count(p.koInScope()));
        node.set("en_in_scope", count(p.enInScope()));
        node.set("refusals", count(p.refusals()));
        node.put("refusals_as_did_you_mean", p.refusalsAsDidYouMean());
        node.set("wrong_confident", count(p.wrongConfident()));
        node.put("did_you_mean_offered", p.didYouMeanOffered());
        node.set("misses", misses(p.misses()));
        return node;
    }

    private static ObjectNode count(Count c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("hits", c.hits());
        node.put("total", c.total());
        node.put("share", Math.round(c.share() * 10000) / 10000.0);
        return node;
    }

    private static ArrayNode misses(List<Miss> misses) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Miss m : misses) {
            ObjectNode node = array.addObject();
            node.put("question", m.question());
            node.put("expected", m.expectedId());
            node.put("got", m.gotId());
            node.put("outcome", m.outcome().wireName());
            node.put("score", m.score());
            ArrayNode choices = node.putArray("choices");
            m.choices().forEach(choices::add);
            node.put("location", m.location());
        }
        return array;
    }
}
