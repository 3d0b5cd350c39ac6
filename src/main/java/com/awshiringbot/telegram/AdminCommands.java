package com.awshiringbot.telegram;

import com.awshiringbot.knowledge.Language;
import java.util.Optional;

/**
 * Commands for maintainers ({@code /report}, {@code /reload}), handled outside the adapter. The bot offers every
 * command it does not know itself; an empty result means "not mine / not allowed here", and the user sees the
 * usual unknown-command reply, so nobody learns which chats are admin chats.
 */
@FunctionalInterface
public interface AdminCommands {

    /** Handles no command. */
    AdminCommands NONE = (chatId, command, language) -> Optional.empty();

    /**
     * @param command the command and its arguments, without the {@code @botname} suffix: {@code /report 7}
     * @return the plain text to send back, or empty when the command is not handled for this chat
     */
    Optional<String> handle(long chatId, String command, Language language);
}
