package com.awshiringbot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code sources.yaml}: a list of the posts and pages entries cite. */
final class SourceReader {
    private static final List<String> FIELDS = List.of("id", "title", "description", "date", "link");

    private final String file;
    private final ProblemList problems;

    SourceReader(String file, ProblemList problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The sources by id; those without an id are reported and left out. */
    Map<String, Source> read(YamlNode root) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (root.kind != YamlNode.Kind.LIST) {
            problems.add(file, root.line, null, "expected a list of sources, found " + root.kindName());
            return sources;
        }
        for (YamlNode node : root.items) {
            if (node.kind != YamlNode.Kind.MAPPING) {
                problems.add(file, node.line, null, "expected a source (a mapping with id, title), found " + node.kindName());
                continue;
            }
            Source source = readOne(node);
            if (source == null) {
                continue;
            }
            Integer first = lines.putIfAbsent(source.id(), node.line);
            if (first != null) {
                problems.add(file, node.lineOf("id"), null,
                        "source '" + source.id() + "': duplicate id (first defined at " + file + ":" + first + ")");
            } else {
                sources.put(source.id(), source);
            }
        }
        return sources;
    }

    private Source readOne(YamlNode node) {
        List<String> errors = new ArrayList<>();
        List<Integer> errorLines = new ArrayList<>();
        for (YamlNode.Key key : node.keys.values()) {
            if (!FIELDS.contains(key.name())) {
                errors.add("unknown field '" + key.name() + "' (known fields: " + String.join(", ", FIELDS) + ")");
                errorLines.add(key.line());
            }
        }
        for (YamlNode.Key key : node.repeatedKeys) {
            errors.add("field '" + key.name() + "' is written twice");
            errorLines.add(key.line());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : FIELDS) {
            YamlNode value = node.fields.get(name);
            boolean required = name.equals("id") || name.equals("title");
            if (value == null) {
                if (required) {
                    errors.add("missing field '" + name + "'");
                    errorLines.add(node.line);
                }
            } else if (value.kind != YamlNode.Kind.SCALAR || value.text.isBlank()) {
                errors.add(value.kind == YamlNode.Kind.SCALAR || value.kind == YamlNode.Kind.NULL
                        ? "field '" + name + "' is empty" : "field '" + name + "' must be text, not " + value.kindName());
                errorLines.add(node.lineOf(name));
            } else {
                values.put(name, value.text.strip());
            }
        }
        String id = values.get("id");
        if (id != null && !EntryReader.ID.matcher(id).matches()) {
            errors.add("bad id: use lower-case letters, digits and single hyphens, like 'interview-story'");
            errorLines.add(node.lineOf("id"));
        }
        String date = values.get("date");
        if (date != null && !date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            errors.add("field 'date' must be a date like 2020-03-05, not '" + date + "'");
            errorLines.add(node.lineOf("date"));
        }
        String link = values.get("link");
        if (link != null && !link.matches("https?://\\S+")) {
            errors.add("field 'link' must be a web address starting with https:// or http://, not '" + link + "'");
            errorLines.add(node.lineOf("link"));
        }
        String prefix = id == null ? "" : "source '" + id + "': ";
        for (int i = 0; i < errors.size(); i++) {
            problems.add(file, errorLines.get(i), null, prefix + errors.get(i));
        }
        // A faulty source still counts as known, so the entries citing it are not reported a second time.
        return id == null ? null : new Source(id, values.get("title"), values.get("description"), date, link);
    }
}
