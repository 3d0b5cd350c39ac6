package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline mode: {@code @bot 루프} in any chat offers matching answers to share, from the same core. An empty query
 * offers the hiring stages; an out-of-scope one offers nothing.
 */
final class InlineHandler {

    private static final int MAX_RESULTS = 10;
    private static final int DESCRIPTION_CHARS = 100;

    private final Supplier<Answerer> core;
    private final Views views;
    private final Sender sender;
    private final int maxQuestionChars;
    private final Supplier<BotIdentity> identity;

    InlineHandler(Supplier<Answerer> core, Views views, Sender sender, int maxQuestionChars, Supplier<BotIdentity> identity) {
        this.core = core;
        this.views = views;
        this.sender = sender;
        this.maxQuestionChars = maxQuestionChars;
        this.identity = identity;
    }

    void handle(InlineQuery query) throws InterruptedException {
        String text = query.getQuery() == null ? "" : query.getQuery().strip();
        Language language = Language.fromCode(query.getFrom() == null ? null : query.getFrom().getLanguageCode());
        List<Entry> entries = new ArrayList<>();
        if (text.isEmpty()) {
            entries.addAll(core.get().knowledge().stages());
        } else if (text.codePointCount(0, text.length()) <= maxQuestionChars) {
            Reply reply = core.get().answer(text);
            language = reply.language();
            switch (reply.outcome()) {
                case ANSWER -> entries.add(reply.entry());
                case DID_YOU_MEAN -> entries.addAll(reply.choices());
                default -> { }
            }
        }
        List<InlineQueryResultArticle> results = new ArrayList<>();
        for (Entry entry : entries.subList(0, Math.min(MAX_RESULTS, entries.size()))) {
            article(entry, language).ifPresent(results::add);
        }
        sender.answerInline(query.getId(), results);
    }

    private Optional<InlineQueryResultArticle> article(Entry entry, Language language) {
        Optional<Reply> opened = views.open(entry.id(), language);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Outgoing answer = views.answer(opened.get());
        String link = "https://t.me/" + identity.get().username() + "?start=" + entry.id();
        InlineKeyboardButton more = InlineKeyboardButton.builder()
                .text(language == Language.EN ? "Ask the bot" : "봇에게 더 물어보기")
                .url(link)
                .build();
        return Optional.of(InlineQueryResultArticle.builder()
                .id(entry.id())
                .title(Html.shorten(entry.title(language), Keyboards.MAX_BUTTON_TEXT))
                .description(Html.shorten(opened.get().text().replace('\n', ' '), DESCRIPTION_CHARS))
                .inputMessageContent(InputTextMessageContent.builder()
                        .messageText(answer.text())
                        .parseMode("HTML")
                        .linkPreviewOptions(org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions.builder().isDisabled(true).build())
                        .build())
                .replyMarkup(new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(more))))
                .build());
    }
}
