package com.awshiringbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry as read from YAML, possibly incomplete: what the cross-entry checks (duplicate ids, related ids,
 * stages, shared questions, sources) need, with the lines to report.
 */
final class Draft {
    /** A piece of text and the line it is written on. */
    record Located(String text, int line) {
    }

    final String file;
    final int line;
    /** The id when it is present and well-formed, otherwise null. */
    String id;
    /** The id as written, even when malformed: names the entry in problems. */
    String label;
    String topic;
    int topicLine;
    Integer stage;
    int stageLine;
    final List<Located> questionsKo = new ArrayList<>();
    final List<Located> questionsEn = new ArrayList<>();
    String answerKo;
    String answerEn;
    String post;
    int postLine;
    String section;
    String link;
    final List<Located> related = new ArrayList<>();
    /** Whether the entry itself had no problem, so it can be built. */
    boolean sound = true;

    Draft(String file, int line) {
        this.file = file;
        this.line = line;
    }

    String location() {
        return file + ":" + line;
    }

    Entry toEntry() {
        return new Entry(id, topic, stage,
                new Questions(texts(questionsKo), texts(questionsEn)),
                new Bilingual(answerKo, answerEn),
                new Citation(post, section, link),
                texts(related),
                location());
    }

    private static List<String> texts(List<Located> located) {
        return located.stream().map(Located::text).toList();
    }
}
