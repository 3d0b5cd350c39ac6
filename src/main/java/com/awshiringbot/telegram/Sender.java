package com.awshiringbot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Makes the bot's calls to Telegram, within the send limits, and retries what is worth retrying: a 429 after its
 * {@code retry_after}, a 5xx, an HTML error page or a network fault after a bounded, jittered back-off. Other
 * errors (a 400 for a stale message, a 403 from a user who blocked the bot) are logged and given up at once.
 */
final class Sender {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    private static final int MAX_RATE_LIMITED = 5;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramClient client;
    private final SendLimiter limiter;
    private final BotSettings settings;
    private final String token;

    Sender(TelegramClient client, SendLimiter limiter, BotSettings settings, String token) {
        this.client = client;
        this.limiter = limiter;
        this.settings = settings;
        this.token = token;
    }

    /** Sends a message; in groups {@code replyTo} threads it under the user's message. Empty when refused. */
    Optional<Message> send(long chatId, Outgoing message, Integer replyTo) throws InterruptedException {
        SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder()
                .chatId(chatId)
                .text(message.text())
                .linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(message.keyboard());
        if (message.html()) {
            send.parseMode("HTML");
        }
        if (replyTo != null) {
            send.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        return call(send.build(), chatId);
    }

    /** Replaces a message's text and keyboard in place. */
    void edit(long chatId, int messageId, Outgoing message) throws InterruptedException {
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder()
                .chatId(chatId)
                .messageId(messageId)
                .text(message.text())
                .linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(message.keyboard());
        if (message.html()) {
            edit.parseMode("HTML");
        }
        call(edit.build(), chatId);
    }

    /** Replaces a message's keyboard. */
    void editKeyboard(long chatId, int messageId, InlineKeyboardMarkup keyboard) throws InterruptedException {
        call(EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId).replyMarkup(keyboard).build(), chatId);
    }

    /** Answers a button tap, with a short notice when {@code text} is not null. Not counted against send limits. */
    void answerCallback(String queryId, String text) throws InterruptedException {
        call(AnswerCallbackQuery.builder().callbackQueryId(queryId).text(text).build(), null);
    }

    /** Answers an inline query with articles to share. */
    void answerInline(String queryId, List<? extends InlineQueryResult> results) throws InterruptedException {
        call(AnswerInlineQuery.builder().inlineQueryId(queryId).results(results).cacheTime(60).build(), null);
    }

    /**
     * Makes one call, waiting for the send limits of {@code chatId} unless it is null; returns the result, or empty
     * when Telegram refused it for good. Throws {@link SendFailedException} when retries ran out.
     */
    <T extends Serializable> Optional<T> call(BotApiMethod<T> method, Long chatId) throws InterruptedException {
        int failures = 0;
        int rateLimited = 0;
        while (true) {
            if (chatId != null) {
                limiter.acquire(chatId);
            }
            String problem;
            try {
                return Optional.ofNullable(client.execute(method));
            } catch (TelegramApiRequestException e) {
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                if (code == 429) {
                    long retryAfter = retryAfter(e);
                    if (++rateLimited > MAX_RATE_LIMITED || retryAfter > settings.maxRetryAfter().toSeconds()) {
                        throw new SendFailedException(method.getMethod() + " still rate-limited after " + rateLimited + " tries");
                    }
                    log.warn("{}: Telegram says too many requests; retrying in {} s", method.getMethod(), retryAfter);
                    TimeUnit.SECONDS.sleep(retryAfter);
                    continue;
                }
                if (code > 0 && code < 500) {
                    refused(method, code, e.getApiResponse());
                    return Optional.empty();
                }
                problem = code == 0 ? "an unreadable answer (" + Secrets.redact(e.getMessage(), token) + ")" : "error " + code;
            } catch (TelegramApiException e) {
                if (e.getCause() instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("Interrupted while calling " + method.getMethod());
                }
                if (e instanceof TelegramApiValidationException || e.getCause() instanceof TelegramApiValidationException) {
                    log.error("{}: not sent, the request is invalid: {}", method.getMethod(), Secrets.describe(e, token));
                    return Optional.empty();
                }
                problem = Secrets.describe(e.getCause() != null ? e.getCause() : e, token);
            }
            if (++failures >= settings.sendAttempts()) {
                throw new SendFailedException(method.getMethod() + " failed " + failures + " times; last: " + problem);
            }
            Duration pause = backOff(failures);
            log.warn("{}: {}; retry {} of {} in {} ms", method.getMethod(), problem, failures,
                    settings.sendAttempts() - 1, pause.toMillis());
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        }
    }

    /** Doubling from the initial pause, capped, and jittered to between half and all of it. */
    Duration backOff(int failures) {
        long base = settings.retryInitial().toMillis() << Math.min(20, failures - 1);
        long capped = Math.min(settings.retryMax().toMillis(), base);
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private void refused(BotApiMethod<?> method, int code, String description) {
        String text = Secrets.redact(description, token);
        if (code == 400 && text.contains("message is not modified")) {
            return;
        }
        log.warn("{}: refused by Telegram: {} {}", method.getMethod(), code, text);
    }

    private static long retryAfter(TelegramApiRequestException e) {
        Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        return seconds == null || seconds < 1 ? 1 : seconds;
    }
}
