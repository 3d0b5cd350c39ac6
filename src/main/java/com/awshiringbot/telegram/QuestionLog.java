package com.awshiringbot.telegram;

import com.awshiringbot.answer.Reply;

/** Told about every text question the core answered, so a maintainer can see what was asked and missed. */
@FunctionalInterface
public interface QuestionLog {

    /** Logs nothing. */
    QuestionLog NONE = (chatId, reply) -> { };

    /** Called once per text question answered by the core, after the reply was sent. */
    void asked(long chatId, Reply reply);
}
