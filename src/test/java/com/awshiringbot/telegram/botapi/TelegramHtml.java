package com.awshiringbot.telegram.botapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses text sent with {@code parse_mode=HTML} the way the Bot API documents it: only the supported tags, properly
 * nested, and every {@code <} and {@code &} that is not part of a tag or entity escaped. Returns the plain text the
 * user sees, or throws with Telegram's "can't parse entities" description.
 */
final class TelegramHtml {

    private static final Set<String> TAGS = Set.of(
            "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji",
            "code", "pre", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^<>]*)?)>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtml() {
    }

    /** The text without tags and with entities decoded; throws {@link IllegalArgumentException} when malformed. */
    static String plainText(String html) {
        StringBuilder plain = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt()) {
                    throw error("Unexpected end of name token", html, i);
                }
                String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
                if (!TAGS.contains(name)) {
                    throw error("Unsupported " + (tag.group(1).isEmpty() ? "start" : "end") + " tag \"" + name + "\"", html, i);
                }
                if (tag.group(1).isEmpty()) {
                    open.push(name);
                } else if (open.isEmpty() || !open.peek().equals(name)) {
                    throw error("Unmatched end tag", html, i);
                } else {
                    open.pop();
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    throw error("Unsupported HTML entity", html, i);
                }
                plain.append(decode(entity.group(1)));
                i = entity.end();
            } else {
                plain.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return plain.toString();
    }

    private static String decode(String entity) {
        switch (entity) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            default:
                int code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                return new String(Character.toChars(code));
        }
    }

    private static IllegalArgumentException error(String what, String html, int index) {
        int byteOffset = html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
        return new IllegalArgumentException(what + " at byte offset " + byteOffset);
    }
}
