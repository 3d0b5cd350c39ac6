package com.awshiringbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Parses one YAML document into {@link YamlNode}s, keeping the line of every value and key; text comes out in NFC. */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    /** A YAML syntax error: the line (0 when unknown) and a one-line reason. */
    static final class SyntaxError extends Exception {
        final int line;

        SyntaxError(int line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    private YamlReader() {
    }

    /** The document in {@code text}, or empty when the text holds no document (blank or comments only). */
    static Optional<YamlNode> read(String text) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = value(parser);
            if (parser.nextToken() != null) {
                throw new SyntaxError(line(parser.currentTokenLocation()), "the file holds more than one YAML document");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new SyntaxError(0, String.valueOf(e.getMessage()));
        }
    }

    private static YamlNode value(JsonParser parser) throws IOException {
        int line = line(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                YamlNode mapping = YamlNode.mapping(line);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    YamlNode.Key key = new YamlNode.Key(parser.currentName(), line(parser.currentTokenLocation()));
                    parser.nextToken();
                    YamlNode child = value(parser);
                    if (mapping.fields.containsKey(key.name())) {
                        mapping.repeatedKeys.add(key);
                    } else {
                        mapping.fields.put(key.name(), child);
                        mapping.keys.put(key.name(), key);
                    }
                }
                return mapping;
            }
            case START_ARRAY: {
                YamlNode list = YamlNode.list(line);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.items.add(value(parser));
                }
                return list;
            }
            case VALUE_NULL:
                return YamlNode.nothing(line);
            default:
                // NFC, so text typed on keyboards that decompose Hangul compares equal to the same text composed.
                String text = Normalizer.normalize(parser.getText(), Normalizer.Form.NFC);
                return YamlNode.scalar(line, text, token == JsonToken.VALUE_NUMBER_INT);
        }
    }

    private static SyntaxError syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            int line = marked.getProblemMark() == null ? 0 : marked.getProblemMark().getLine() + 1;
            StringBuilder reason = new StringBuilder(oneLine(marked.getProblem()));
            if (marked.getContext() != null) {
                reason.append(" (").append(oneLine(marked.getContext())).append(')');
            }
            return new SyntaxError(line, reason.toString());
        }
        return new SyntaxError(line(e.getLocation()), oneLine(e.getOriginalMessage()));
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? 0 : location.getLineNr();
    }

    private static String oneLine(String text) {
        return text == null ? "unknown error" : text.strip().replaceAll("\\s+", " ");
    }
}
