package com.awshiringbot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on: a mapping, a list, a scalar or null. Jackson's tree model drops
 * token locations, and the knowledge report needs a line for every entry and field, hence this small tree.
 */
final class YamlNode {
    enum Kind { MAPPING, LIST, SCALAR, NULL }

    /** A key of a mapping and the line it is written on. */
    record Key(String name, int line) {
    }

    final Kind kind;
    final int line;
    /** The scalar's text as written (numbers and booleans included); null for other kinds. */
    final String text;
    /** Whether the scalar was read as a whole number. */
    final boolean wholeNumber;
    final Map<String, YamlNode> fields = new LinkedHashMap<>();
    final Map<String, Key> keys = new LinkedHashMap<>();
    /** Keys written a second time in the same mapping (the later value is ignored). */
    final List<Key> repeatedKeys = new ArrayList<>();
    final List<YamlNode> items = new ArrayList<>();

    private YamlNode(Kind kind, int line, String text, boolean wholeNumber) {
        this.kind = kind;
        this.line = line;
        this.text = text;
        this.wholeNumber = wholeNumber;
    }

    static YamlNode mapping(int line) {
        return new YamlNode(Kind.MAPPING, line, null, false);
    }

    static YamlNode list(int line) {
        return new YamlNode(Kind.LIST, line, null, false);
    }

    static YamlNode scalar(int line, String text, boolean wholeNumber) {
        return new YamlNode(Kind.SCALAR, line, text, wholeNumber);
    }

    static YamlNode nothing(int line) {
        return new YamlNode(Kind.NULL, line, null, false);
    }

    /** The line of {@code key} in this mapping, or this node's line when the key is absent. */
    int lineOf(String key) {
        Key found = keys.get(key);
        return found == null ? line : found.line();
    }

    /** The name used in messages for this node's kind, e.g. "a list". */
    String kindName() {
        return switch (kind) {
            case MAPPING -> "a mapping";
            case LIST -> "a list";
            case SCALAR -> "text";
            case NULL -> "empty";
        };
    }
}
