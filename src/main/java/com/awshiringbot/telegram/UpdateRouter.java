package com.awshiringbot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Sends each update to its handler: messages, button taps and inline queries. Everything else — edited messages,
 * channel posts, membership changes — is ignored without error.
 */
final class UpdateRouter {

    private final MessageHandler messages;
    private final CallbackHandler callbacks;
    private final InlineHandler inline;

    UpdateRouter(MessageHandler messages, CallbackHandler callbacks, InlineHandler inline) {
        this.messages = messages;
        this.callbacks = callbacks;
        this.inline = inline;
    }

    void route(Update update) throws InterruptedException {
        if (update.hasMessage()) {
            messages.handle(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            callbacks.handle(update.getCallbackQuery());
        } else if (update.hasInlineQuery()) {
            inline.handle(update.getInlineQuery());
        }
    }

    /**
     * The key that orders an update among others: its chat, or for inline queries the user (whose private chat has
     * the same id). Updates with the same key are answered one at a time, in order.
     */
    static long orderKey(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            var query = update.getCallbackQuery();
            if (query.getMessage() != null && query.getMessage().getChatId() != null) {
                return query.getMessage().getChatId();
            }
            return query.getFrom() == null ? 0 : query.getFrom().getId();
        }
        if (update.hasInlineQuery() && update.getInlineQuery().getFrom() != null) {
            return update.getInlineQuery().getFrom().getId();
        }
        return 0;
    }
}
