package com.awshiringbot.answer;

import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.Optional;

/**
 * The answering core: question in, reply out. Knows nothing about Telegram, terminals or JSON; every adapter
 * (the Telegram bot, the console chat, {@code ask}, {@code eval}) drives it through this interface.
 * Implementations are thread-safe.
 */
public interface Answerer {

    /** Answers a question typed by a user, in the question's language. Never throws on odd input. */
    Reply answer(String question);

    /** The answer of one entry, as opened from a button, a menu or a deep link; empty when no such entry. */
    Optional<Reply> open(String entryId, Language language);

    /** The knowledge currently served. */
    KnowledgeBase knowledge();
}
