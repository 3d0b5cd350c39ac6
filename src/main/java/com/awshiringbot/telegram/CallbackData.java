package com.awshiringbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an inline button means, carried in its {@code callback_data}: an entry id, a menu key or a page number —
 * never the button's text to be matched again. Encoded as a short string within Telegram's 64-byte limit:
 * {@code e:<id>} opens an entry, {@code s:<id>} shows a stage in place, {@code m:<menu>} sends a menu list,
 * {@code p:<menu>:<page>} turns a list's page in place, {@code v:<id>:1|0} votes, {@code x} does nothing.
 *
 * @param id the entry id or menu key, empty for {@link Kind#NOOP}
 * @param number the page (for {@link Kind#PAGE}) or 1 / 0 for a helpful / unhelpful vote
 */
record CallbackData(Kind kind, String id, int number) {

    /** Telegram's limit on {@code callback_data}, in bytes. */
    static final int MAX_BYTES = 64;

    enum Kind { ENTRY, STAGE, MENU, PAGE, VOTE, NOOP }

    private static final Pattern FORMAT = Pattern.compile(
            "([esmpv]):([a-z0-9-]{1,60})(?::([0-9]{1,4}))?|x");

    static CallbackData entry(String id) {
        return new CallbackData(Kind.ENTRY, id, 0);
    }

    static CallbackData stage(String id) {
        return new CallbackData(Kind.STAGE, id, 0);
    }

    static CallbackData menu(Menu menu) {
        return new CallbackData(Kind.MENU, menu.key(), 0);
    }

    static CallbackData page(Menu menu, int page) {
        return new CallbackData(Kind.PAGE, menu.key(), page);
    }

    static CallbackData vote(String id, boolean helpful) {
        return new CallbackData(Kind.VOTE, id, helpful ? 1 : 0);
    }

    static CallbackData noop() {
        return new CallbackData(Kind.NOOP, "", 0);
    }

    /** The encoded form, or empty when it would not fit in {@value #MAX_BYTES} bytes. */
    Optional<String> encode() {
        String data = switch (kind) {
            case ENTRY -> "e:" + id;
            case STAGE -> "s:" + id;
            case MENU -> "m:" + id;
            case PAGE -> "p:" + id + ":" + number;
            case VOTE -> "v:" + id + ":" + number;
            case NOOP -> "x";
        };
        return data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? Optional.of(data) : Optional.empty();
    }

    /** Parses callback data this bot made; empty for anything else (old formats, other bots, junk). */
    static Optional<CallbackData> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(data);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (data.equals("x")) {
            return Optional.of(noop());
        }
        String id = m.group(2);
        String number = m.group(3);
        switch (m.group(1)) {
            case "e":
                return number == null ? Optional.of(entry(id)) : Optional.empty();
            case "s":
                return number == null ? Optional.of(stage(id)) : Optional.empty();
            case "m":
                return number == null ? Optional.of(new CallbackData(Kind.MENU, id, 0)) : Optional.empty();
            case "p":
                return number == null ? Optional.empty() : Optional.of(new CallbackData(Kind.PAGE, id, Integer.parseInt(number)));
            default:
                return number == null || !(number.equals("0") || number.equals("1"))
                        ? Optional.empty() : Optional.of(new CallbackData(Kind.VOTE, id, Integer.parseInt(number)));
        }
    }
}
