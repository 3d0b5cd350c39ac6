package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Language;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Answers messages: commands, questions (through the core) and everything else. In groups it answers only what
 * is addressed to the bot — its commands, mentions of it and replies to it — and stays silent otherwise.
 */
final class MessageHandler {

    private final Supplier<Answerer> core;
    private final Views views;
    private final Sender sender;
    private final FloodGuard flood;
    private final BotSeams seams;
    private final int maxQuestionChars;
    private final Supplier<BotIdentity> identity;

    MessageHandler(Supplier<Answerer> core, Views views, Sender sender, FloodGuard flood, BotSeams seams,
            int maxQuestionChars, Supplier<BotIdentity> identity) {
        this.core = core;
        this.views = views;
        this.sender = sender;
        this.flood = flood;
        this.seams = seams;
        this.maxQuestionChars = maxQuestionChars;
        this.identity = identity;
    }

    void handle(Message message) throws InterruptedException {
        if (message.getFrom() == null || Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            return;
        }
        String type = message.getChat().getType();
        boolean group = "group".equals(type) || "supergroup".equals(type);
        if (!group && !"private".equals(type)) {
            return;
        }
        long chatId = message.getChatId();
        Language language = Language.fromCode(message.getFrom().getLanguageCode());
        Integer replyTo = group ? message.getMessageId() : null;
        if (!message.hasText()) {
            if (!group && isMedia(message) && admitted(chatId, language, null)) {
                sender.send(chatId, views.notice(Messages.textOnly(language)), null);
            }
            return;
        }
        String text = message.getText();
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            if (!command.get().forOtherBot(identity.get().username()) && admitted(chatId, language, replyTo)) {
                command(chatId, command.get(), language, group, replyTo, text);
            }
            return;
        }
        if (group && !addressed(message)) {
            return;
        }
        if (!admitted(chatId, language, replyTo)) {
            return;
        }
        String question = group ? withoutMention(message) : text;
        if (question.codePointCount(0, question.length()) > maxQuestionChars) {
            sender.send(chatId, views.notice(Messages.tooLong(language, maxQuestionChars)), replyTo);
            return;
        }
        if (question.isBlank()) {
            sender.send(chatId, views.help(language, identity.get().username()), replyTo);
            return;
        }
        Reply reply = core.get().answer(question);
        sender.send(chatId, views.reply(reply), replyTo);
        seams.questions().asked(chatId, reply);
    }

    private void command(long chatId, Command command, Language language, boolean group, Integer replyTo, String text)
            throws InterruptedException {
        if (text.codePointCount(0, text.length()) > maxQuestionChars) {
            sender.send(chatId, views.notice(Messages.tooLong(language, maxQuestionChars)), replyTo);
            return;
        }
        switch (command.name()) {
            case "start" -> {
                Optional<Reply> opened = command.args().isEmpty() ? Optional.empty() : views.open(command.args(), language);
                sender.send(chatId, opened.map(views::answer).orElseGet(() -> views.greeting(language)), replyTo);
            }
            case "help" -> sender.send(chatId, views.help(language, identity.get().username()), replyTo);
            case "about" -> sender.send(chatId, views.about(language), replyTo);
            case "stages" -> sender.send(chatId, views.page(Menu.STAGES, 0, language), replyTo);
            case "faq" -> sender.send(chatId, views.page(Menu.FAQ, 0, language), replyTo);
            default -> other(chatId, command, language, group, replyTo);
        }
    }

    private void other(long chatId, Command command, Language language, boolean group, Integer replyTo)
            throws InterruptedException {
        Optional<String> handled = seams.admin().handle(chatId, command.withoutTarget(), language);
        if (handled.isPresent()) {
            for (Outgoing chunk : Views.plainChunks(handled.get())) {
                sender.send(chatId, chunk, replyTo);
            }
        } else if (!group || command.addressedTo(identity.get().username())) {
            // A bare unknown command in a group may be meant for another bot: only answer when named.
            sender.send(chatId, views.notice(Messages.unknownCommand(language)), replyTo);
        }
    }

    /** Something a user sent instead of text (a service message, such as a pinned message, is not). */
    private static boolean isMedia(Message message) {
        return message.hasSticker() || message.hasPhoto() || message.hasVoice() || message.hasDocument()
                || message.hasVideo() || message.hasVideoNote() || message.hasAudio() || message.hasAnimation()
                || message.hasLocation() || message.hasContact() || message.hasPoll() || message.hasDice();
    }

    /** Passes the flood guard; a chat that floods is told once and then ignored until the minute has passed. */
    private boolean admitted(long chatId, Language language, Integer replyTo) throws InterruptedException {
        switch (flood.admit(chatId)) {
            case ANSWER:
                return true;
            case TELL_THROTTLED:
                sender.send(chatId, views.notice(Messages.throttled(language)), replyTo);
                return false;
            default:
                return false;
        }
    }

    private boolean addressed(Message message) {
        BotIdentity bot = identity.get();
        Message original = message.getReplyToMessage();
        if (original != null && original.getFrom() != null && original.getFrom().getId() == bot.id()) {
            return true;
        }
        if (message.getEntities() == null) {
            return mentionPattern().matcher(message.getText()).find();
        }
        return mentions(message).stream().anyMatch(m -> isBot(message.getText(), m));
    }

    private Pattern mentionPattern() {
        return Pattern.compile("@" + Pattern.quote(identity.get().username()) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    private String withoutMention(Message message) {
        String text = message.getText();
        if (message.getEntities() == null) {
            return mentionPattern().matcher(text).replaceAll("").strip();
        }
        StringBuilder kept = new StringBuilder();
        int from = 0;
        for (MessageEntity mention : mentions(message)) {
            if (isBot(text, mention)) {
                kept.append(text, from, mention.getOffset());
                from = mention.getOffset() + mention.getLength();
            }
        }
        kept.append(text.substring(Math.min(from, text.length())));
        return kept.toString().strip();
    }

    private static java.util.List<MessageEntity> mentions(Message message) {
        if (message.getEntities() == null) {
            return java.util.List.of();
        }
        return message.getEntities().stream()
                .filter(e -> "mention".equals(e.getType()) && e.getOffset() != null && e.getLength() != null)
                .sorted(java.util.Comparator.comparing(MessageEntity::getOffset))
                .toList();
    }

    private boolean isBot(String text, MessageEntity mention) {
        int start = mention.getOffset();
        int end = start + mention.getLength();
        return start >= 0 && end <= text.length()
                && text.substring(start, end).equalsIgnoreCase("@" + identity.get().username());
    }
}
