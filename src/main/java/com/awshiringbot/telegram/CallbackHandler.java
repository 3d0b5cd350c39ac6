package com.awshiringbot.telegram;

import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Language;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Answers button taps. Every tap is answered ({@code answerCallbackQuery}) — stale, unknown and throttled ones
 * included — so the user's spinner always stops. Stages and list pages change the tapped message in place;
 * entries open as a new message; votes go to the {@link FeedbackSink} and turn the vote buttons into thanks.
 */
final class CallbackHandler {

    private final Views views;
    private final Sender sender;
    private final FloodGuard flood;
    private final FeedbackSink feedback;

    CallbackHandler(Views views, Sender sender, FloodGuard flood, FeedbackSink feedback) {
        this.views = views;
        this.sender = sender;
        this.flood = flood;
        this.feedback = feedback;
    }

    void handle(CallbackQuery query) throws InterruptedException {
        Language language = Language.fromCode(query.getFrom() == null ? null : query.getFrom().getLanguageCode());
        MaybeInaccessibleMessage source = query.getMessage();
        Message message = source instanceof Message m && m.getDate() != null && m.getDate() != 0 ? m : null;
        Long chatId = source == null ? null : source.getChatId();
        Optional<CallbackData> data = CallbackData.parse(query.getData());
        if (chatId == null || data.isEmpty()) {
            sender.answerCallback(query.getId(), data.map(d -> (String) null).orElse(Messages.staleButton(language)));
            return;
        }
        if (flood.admit(chatId) != FloodGuard.Verdict.ANSWER) {
            sender.answerCallback(query.getId(), Messages.throttled(language));
            return;
        }
        CallbackData tap = data.get();
        switch (tap.kind()) {
            case ENTRY -> openEntry(query, chatId, tap.id(), language);
            case STAGE -> openStage(query, chatId, message, tap.id(), language);
            case MENU, PAGE -> openPage(query, chatId, message, tap, language);
            case VOTE -> vote(query, chatId, message, tap, language);
            default -> sender.answerCallback(query.getId(), null);
        }
    }

    private void openEntry(CallbackQuery query, long chatId, String entryId, Language language) throws InterruptedException {
        Optional<Reply> reply = views.open(entryId, language);
        sender.answerCallback(query.getId(), reply.isPresent() ? null : Messages.staleButton(language));
        if (reply.isPresent()) {
            sender.send(chatId, views.answer(reply.get()), null);
        }
    }

    private void openStage(CallbackQuery query, long chatId, Message message, String entryId, Language language)
            throws InterruptedException {
        Optional<Reply> reply = views.open(entryId, language).filter(r -> r.entry() != null && r.entry().stage() != null);
        sender.answerCallback(query.getId(), reply.isPresent() ? null : Messages.staleButton(language));
        if (reply.isPresent()) {
            show(chatId, message, views.stage(reply.get()));
        }
    }

    private void openPage(CallbackQuery query, long chatId, Message message, CallbackData tap, Language language)
            throws InterruptedException {
        Optional<Menu> menu = Menu.byKey(tap.id());
        sender.answerCallback(query.getId(), menu.isPresent() ? null : Messages.staleButton(language));
        if (menu.isEmpty()) {
            return;
        }
        Outgoing page = views.page(menu.get(), tap.number(), language);
        if (tap.kind() == CallbackData.Kind.MENU) {
            sender.send(chatId, page, null);
        } else {
            show(chatId, message, page);
        }
    }

    private void vote(CallbackQuery query, long chatId, Message message, CallbackData tap, Language language)
            throws InterruptedException {
        if (views.open(tap.id(), language).isEmpty()) {
            sender.answerCallback(query.getId(), Messages.staleButton(language));
            return;
        }
        long userId = query.getFrom() == null ? 0 : query.getFrom().getId();
        boolean recorded = feedback.record(chatId, userId, tap.id(), tap.number() == 1);
        sender.answerCallback(query.getId(), recorded ? Messages.thanks(language) : Messages.alreadyVoted(language));
        if (message != null) {
            sender.editKeyboard(chatId, message.getMessageId(), Keyboards.thanked(message.getReplyMarkup(), language));
        }
    }

    /** Edits the tapped message in place, or sends a new one when the old message can no longer be edited. */
    private void show(long chatId, Message message, Outgoing content) throws InterruptedException {
        if (message != null) {
            sender.edit(chatId, message.getMessageId(), content);
        } else {
            sender.send(chatId, content, null);
        }
    }
}
