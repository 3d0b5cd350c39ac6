package com.awshiringbot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command as typed: {@code /start}, {@code /start@my_bot payload}.
 *
 * @param name the command without the slash, lower-case
 * @param target the bot it is addressed to (the part after {@code @}), or null when addressed to any bot
 * @param args what follows the command, stripped; empty when nothing
 */
record Command(String name, String target, String args) {

    private static final Pattern FORMAT = Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,32}))?(?:\\s+(.*))?",
            Pattern.DOTALL);

    /** The command at the start of {@code text}, or empty when the text is not a command. */
    static Optional<Command> parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String args = m.group(3) == null ? "" : m.group(3).strip();
        return Optional.of(new Command(m.group(1).toLowerCase(Locale.ROOT), m.group(2), args));
    }

    /** Whether the command names another bot ({@code /start@other_bot}). */
    boolean forOtherBot(String botUsername) {
        return target != null && !target.equalsIgnoreCase(botUsername);
    }

    /** Whether the command names this bot explicitly. */
    boolean addressedTo(String botUsername) {
        return target != null && target.equalsIgnoreCase(botUsername);
    }

    /** The command and its arguments as typed, without the bot's name: {@code /report 7}. */
    String withoutTarget() {
        return "/" + name + (args.isEmpty() ? "" : " " + args);
    }
}
