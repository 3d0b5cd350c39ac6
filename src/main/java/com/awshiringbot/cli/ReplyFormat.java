package com.awshiringbot.cli;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.console.ConsoleChat;
import com.awshiringbot.knowledge.Entry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** One reply as one line of {@code ask} output: plain text, or the JSON object of {@code ask --json}. */
final class ReplyFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplyFormat() {
    }

    /**
     * {@code {"question","answered","outcome","id","answer","lang","source","score","choices"}}: id, answer and
     * source are null unless the question was answered; choices are the offered entry ids.
     */
    static String json(Reply reply) {
        ObjectNode line = JSON.createObjectNode();
        line.put("question", reply.question());
        line.put("answered", reply.answered());
        line.put("outcome", reply.outcome().wireName());
        line.put("id", reply.answered() && reply.entry() != null ? reply.entry().id() : null);
        line.put("answer", reply.answered() ? reply.text() : null);
        line.put("lang", reply.language().code());
        line.put("source", reply.answered() ? reply.source() : null);
        line.put("score", finite(reply.score()));
        ArrayNode choices = line.putArray("choices");
        reply.choices().forEach(choice -> choices.add(choice.id()));
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON tree", e);
        }
    }

    /**
     * The reply text on one line, line breaks joined with " / ", then the source, or the numbered choices when the
     * text does not list them already.
     */
    static String plain(Reply reply) {
        List<String> parts = new ArrayList<>();
        parts.add(oneLine(reply.text()));
        if (reply.outcome() == Outcome.ANSWER && reply.source() != null) {
            parts.add(oneLine(reply.source()));
        }
        if (!ConsoleChat.listsEveryChoice(reply)) {
            int number = 1;
            for (Entry choice : reply.choices()) {
                parts.add(number++ + ") " + oneLine(choice.title(reply.language())) + " [" + choice.id() + "]");
            }
        }
        return String.join(" / ", parts);
    }

    private static String oneLine(String text) {
        return String.join(" / ", text.strip().split("\\s*\\R\\s*"));
    }

    private static double finite(double score) {
        return Double.isFinite(score) ? Math.round(score * 10_000) / 10_000.0 : 0;
    }
}
