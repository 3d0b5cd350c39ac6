package com.awshiringbot.ops;

import com.awshiringbot.answer.Reply;
import com.awshiringbot.store.AskedQuestion;
import com.awshiringbot.store.QuestionStore;
import com.awshiringbot.telegram.QuestionLog;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every question the core answered into the {@link QuestionStore}: the outcome always, the text only when it was not
 * answered outright. The chat is not stored. A database failure is logged and never reaches the user.
 */
public final class StoredQuestionLog implements QuestionLog {
    private static final Logger log = LoggerFactory.getLogger(StoredQuestionLog.class);

    private final QuestionStore store;

    public StoredQuestionLog(QuestionStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void asked(long chatId, Reply reply) {
        try {
            store.record(AskedQuestion.of(reply));
        } catch (RuntimeException e) {
            log.error("Could not log a question ({}): {}", reply.outcome().wireName(), e.getMessage());
        }
    }
}
