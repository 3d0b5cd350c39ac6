package com.awshiringbot.knowledge;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one entry from its YAML mapping into a {@link Draft}, reporting every problem of the entry itself. */
final class EntryReader {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> FIELDS = List.of("id", "topic", "stage", "questions", "answer", "source", "related");
    private static final List<String> SIDES = List.of("ko", "en");
    private static final List<String> SOURCE_FIELDS = List.of("post", "section", "link");
    private static final Set<String> REQUIRED = Set.of("id", "topic", "questions", "answer", "source");

    private final String file;
    private final ProblemList problems;
    private final int answerLimit;
    private Draft draft;

    EntryReader(String file, ProblemList problems, int answerLimit) {
        this.file = file;
        this.problems = problems;
        this.answerLimit = answerLimit;
    }

    Draft read(YamlNode node) {
        draft = new Draft(file, node.line);
        if (node.kind != YamlNode.Kind.MAPPING) {
            report(node.line, "expected an entry (a mapping with id, topic, questions, answer, source), found " + node.kindName());
            return draft;
        }
        readId(node);
        checkFields(node, "", FIELDS);
        for (String name : FIELDS) {
            if (REQUIRED.contains(name) && !node.fields.containsKey(name)) {
                report(node.line, "missing field '" + name + "'");
            }
        }
        YamlNode topic = node.fields.get("topic");
        if (topic != null) {
            draft.topic = text(topic, "topic");
            draft.topicLine = node.lineOf("topic");
        }
        YamlNode stage = node.fields.get("stage");
        if (stage != null) {
            readStage(stage, node.lineOf("stage"));
        }
        readQuestions(node.fields.get("questions"), node.lineOf("questions"));
        readAnswer(node.fields.get("answer"), node.lineOf("answer"));
        readSource(node.fields.get("source"), node.lineOf("source"));
        readRelated(node.fields.get("related"), node.lineOf("related"));
        return draft;
    }

    private void readId(YamlNode entry) {
        YamlNode id = entry.fields.get("id");
        if (id == null) {
            return;
        }
        String text = text(id, "id");
        if (text == null) {
            return;
        }
        draft.label = text.isEmpty() ? null : text;
        if (ID.matcher(text).matches()) {
            draft.id = text;
        } else if (text.isEmpty()) {
            report(entry.lineOf("id"), "field 'id' is empty");
        } else {
            report(entry.lineOf("id"), "bad id: use lower-case letters, digits and single hyphens, like 'loop-interview'");
        }
    }

    private void readStage(YamlNode stage, int line) {
        if (stage.kind == YamlNode.Kind.SCALAR && stage.wholeNumber) {
            try {
                int order = Integer.parseInt(stage.text);
                if (order > 0) {
                    draft.stage = order;
                    draft.stageLine = line;
                    return;
                }
            } catch (NumberFormatException e) {
                // out of int range: reported below
            }
        }
        report(line, "field 'stage' must be a positive whole number, not " + shown(stage));
    }

    private void readQuestions(YamlNode questions, int line) {
        if (questions == null || !mapping(questions, "questions", line)) {
            return;
        }
        checkFields(questions, "questions.", SIDES);
        readQuestionList(questions, line, "ko", draft.questionsKo);
        readQuestionList(questions, line, "en", draft.questionsEn);
    }

    private void readQuestionList(YamlNode questions, int parentLine, String side, List<Draft.Located> into) {
        String field = "questions." + side;
        YamlNode list = questions.fields.get(side);
        int line = questions.lineOf(side);
        if (list == null) {
            report(parentLine, "missing field '" + field + "'");
            return;
        }
        if (list.kind == YamlNode.Kind.NULL || (list.kind == YamlNode.Kind.LIST && list.items.isEmpty())) {
            report(line, "field '" + field + "' is empty");
            return;
        }
        if (list.kind != YamlNode.Kind.LIST) {
            report(line, "field '" + field + "' must be a list of questions, not " + list.kindName());
            return;
        }
        for (int i = 0; i < list.items.size(); i++) {
            YamlNode item = list.items.get(i);
            String text = item.kind == YamlNode.Kind.SCALAR ? item.text.strip() : null;
            if (item.kind != YamlNode.Kind.SCALAR && item.kind != YamlNode.Kind.NULL) {
                report(item.line, "field '" + field + "' question " + (i + 1) + " must be text, not " + item.kindName());
            } else if (text == null || QuestionKey.of(text).isEmpty()) {
                report(item.line, "field '" + field + "' question " + (i + 1) + " is empty");
            } else {
                into.add(new Draft.Located(text, item.line));
            }
        }
        if (!into.isEmpty() && list.items.get(0).kind == YamlNode.Kind.SCALAR) {
            checkScript(into.get(0).text(), side, "field '" + field + "' question 1", into.get(0).line());
        }
    }

    private void readAnswer(YamlNode answer, int line) {
        if (answer == null || !mapping(answer, "answer", line)) {
            return;
        }
        checkFields(answer, "answer.", SIDES);
        draft.answerKo = readAnswerSide(answer, line, "ko");
        draft.answerEn = readAnswerSide(answer, line, "en");
    }

    private String readAnswerSide(YamlNode answer, int parentLine, String side) {
        String field = "answer." + side;
        YamlNode node = answer.fields.get(side);
        if (node == null) {
            report(parentLine, "missing field '" + field + "'");
            return null;
        }
        int line = answer.lineOf(side);
        String text = requiredText(node, field, line);
        if (text == null) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > answerLimit) {
            report(line, "field '" + field + "' is " + length + " characters long; the limit is " + answerLimit);
        }
        checkScript(text, side, "field '" + field + "'", line);
        return text;
    }

    private void readSource(YamlNode source, int line) {
        if (source == null || !mapping(source, "source", line)) {
            return;
        }
        checkFields(source, "source.", SOURCE_FIELDS);
        for (String name : List.of("post", "section")) {
            if (!source.fields.containsKey(name)) {
                report(line, "missing field 'source." + name + "'");
            }
        }
        if (source.fields.containsKey("post")) {
            draft.post = requiredText(source.fields.get("post"), "source.post", source.lineOf("post"));
            draft.postLine = source.lineOf("post");
        }
        if (source.fields.containsKey("section")) {
            draft.section = requiredText(source.fields.get("section"), "source.section", source.lineOf("section"));
        }
        if (source.fields.containsKey("link")) {
            int linkLine = source.lineOf("link");
            draft.link = requiredText(source.fields.get("link"), "source.link", linkLine);
            if (draft.link != null && !draft.link.matches("https?://\\S+")) {
                report(linkLine, "field 'source.link' must be a web address starting with https:// or http://, not '"
                        + draft.link + "'");
            }
        }
    }

    private void readRelated(YamlNode related, int line) {
        if (related == null || related.kind == YamlNode.Kind.NULL) {
            return;
        }
        if (related.kind != YamlNode.Kind.LIST) {
            report(line, "field 'related' must be a list of entry ids, not " + related.kindName());
            return;
        }
        for (YamlNode item : related.items) {
            if (item.kind == YamlNode.Kind.SCALAR && !item.text.isBlank()) {
                draft.related.add(new Draft.Located(item.text.strip(), item.line));
            } else {
                report(item.line, "field 'related' must be a list of entry ids, but holds " + item.kindName());
            }
        }
    }

    private boolean mapping(YamlNode node, String field, int line) {
        if (node.kind == YamlNode.Kind.MAPPING) {
            return true;
        }
        if (node.kind == YamlNode.Kind.NULL) {
            report(line, "field '" + field + "' is empty");
        } else {
            report(line, "field '" + field + "' must be a mapping, not " + node.kindName());
        }
        return false;
    }

    /** The stripped text of a scalar that must not be empty, or null after reporting why not. */
    private String requiredText(YamlNode node, String field, int line) {
        String text = text(node, field);
        if (text != null && text.isEmpty()) {
            report(line, "field '" + field + "' is empty");
            return null;
        }
        return text;
    }

    private String text(YamlNode node, String field) {
        if (node.kind == YamlNode.Kind.NULL) {
            return "";
        }
        if (node.kind != YamlNode.Kind.SCALAR) {
            report(node.line, "field '" + field + "' must be text, not " + node.kindName());
            return null;
        }
        return node.text.strip();
    }

    private void checkScript(String text, String side, String what, int line) {
        if (side.equals("ko") && text.codePoints().noneMatch(EntryReader::isHangul)) {
            report(line, what + " has no Korean text");
        } else if (side.equals("en") && text.chars().noneMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            report(line, what + " has no English text");
        }
    }

    static boolean isHangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }

    private void checkFields(YamlNode mapping, String prefix, List<String> known) {
        for (YamlNode.Key key : mapping.keys.values()) {
            if (!known.contains(key.name())) {
                report(key.line(), "unknown field '" + prefix + key.name() + "' (known fields: "
                        + String.join(", ", known.stream().map(k -> prefix + k).toList()) + ")");
            }
        }
        for (YamlNode.Key key : mapping.repeatedKeys) {
            report(key.line(), "field '" + prefix + key.name() + "' is written twice");
        }
    }

    private void report(int line, String message) {
        problems.add(file, line, draft.label, message);
        draft.sound = false;
    }

    private static String shown(YamlNode node) {
        return node.kind == YamlNode.Kind.SCALAR ? "'" + node.text + "'" : node.kindName();
    }
}
