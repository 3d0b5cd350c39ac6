package com.awshiringbot.telegram;

import java.util.Objects;

/**
 * The pieces of the bot that live outside the adapter: where updates are journaled, where feedback and questions
 * go, and who handles admin commands. {@link #defaults()} keeps everything in memory and handles no admin command.
 */
public record BotSeams(UpdateJournal journal, FeedbackSink feedback, QuestionLog questions, AdminCommands admin) {

    public BotSeams {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(admin, "admin");
    }

    /** In-memory journal and feedback, no question log, no admin commands. */
    public static BotSeams defaults() {
        return new BotSeams(UpdateJournal.inMemory(), FeedbackSink.inMemory(), QuestionLog.NONE, AdminCommands.NONE);
    }

    public BotSeams withJournal(UpdateJournal journal) {
        return new BotSeams(journal, feedback, questions, admin);
    }

    public BotSeams withFeedback(FeedbackSink feedback) {
        return new BotSeams(journal, feedback, questions, admin);
    }

    public BotSeams withQuestions(QuestionLog questions) {
        return new BotSeams(journal, feedback, questions, admin);
    }

    public BotSeams withAdmin(AdminCommands admin) {
        return new BotSeams(journal, feedback, questions, admin);
    }
}
