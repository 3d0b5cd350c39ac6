package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Pays the first-use costs before the first poll rather than on the first user's message: the core (Nori's
 * dictionary, about half a second) and Jackson's introspection of telegrambots' large object model, which takes
 * seconds the first time an update is read or a method written. The core is warmed before the first poll; the
 * second runs while the first long poll waits (see {@link TelegramBot#startPolling()}).
 */
final class Warmup {

    private static final Logger log = LoggerFactory.getLogger(Warmup.class);
    private static final String UPDATES = "{\"ok\":true,\"result\":["
            + "{\"update_id\":1,\"message\":{\"message_id\":2,\"date\":1,\"chat\":{\"id\":3,\"type\":\"private\"},"
            + "\"from\":{\"id\":3,\"is_bot\":false,\"first_name\":\"a\",\"language_code\":\"ko\"},\"text\":\"/start\","
            + "\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":6}],\"reply_to_message\":{\"message_id\":1,"
            + "\"date\":1,\"chat\":{\"id\":3,\"type\":\"private\"},\"text\":\"b\"},\"sticker\":{\"file_id\":\"f\","
            + "\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":1,\"height\":1,\"is_animated\":false,\"is_video\":false}}},"
            + "{\"update_id\":2,\"callback_query\":{\"id\":\"q\",\"from\":{\"id\":3,\"is_bot\":false,\"first_name\":\"a\"},"
            + "\"message\":{\"message_id\":2,\"date\":1,\"chat\":{\"id\":3,\"type\":\"private\"},\"text\":\"c\","
            + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"t\",\"callback_data\":\"x\"}]]}},\"chat_instance\":\"i\",\"data\":\"x\"}},"
            + "{\"update_id\":3,\"inline_query\":{\"id\":\"i\",\"from\":{\"id\":3,\"is_bot\":false,\"first_name\":\"a\"},"
            + "\"query\":\"q\",\"offset\":\"\"}}]}";
    private static final String SENT = "{\"ok\":true,\"result\":{\"message_id\":2,\"date\":1,"
            + "\"chat\":{\"id\":3,\"type\":\"private\"},\"text\":\"c\"}}";

    private Warmup() {
    }

    /** Pays the core's first-use costs (Nori's dictionary, about half a second). */
    static void core(Answerer core) {
        long started = System.nanoTime();
        try {
            core.answer("루프 면접이 뭐예요?");
        } catch (RuntimeException e) {
            log.warn("Warming up the core failed: {}", e.toString());
        }
        log.info("Warmed up the core in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Pays Jackson's first-use costs on the Bot API types the bot reads and writes; needs no core. */
    static void botApi(ObjectMapper mapper) {
        long started = System.nanoTime();
        try {
            new GetUpdates().deserializeResponse(UPDATES);
            InlineKeyboardMarkup keyboard = new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(
                    InlineKeyboardButton.builder().text("t").callbackData("x").build())));
            SendMessage send = SendMessage.builder().chatId(3L).text("t").parseMode("HTML").replyMarkup(keyboard)
                    .replyParameters(ReplyParameters.builder().messageId(1).build()).build();
            mapper.writeValueAsString(send);
            send.deserializeResponse(SENT);
            mapper.writeValueAsString(EditMessageText.builder().chatId(3L).messageId(2).text("t").replyMarkup(keyboard).build());
            mapper.writeValueAsString(AnswerCallbackQuery.builder().callbackQueryId("q").text("t").build());
            mapper.writeValueAsString(AnswerInlineQuery.builder().inlineQueryId("i").result(InlineQueryResultArticle.builder()
                    .id("a").title("t").inputMessageContent(InputTextMessageContent.builder().messageText("t").build()).build()).build());
            mapper.writeValueAsString(GetUpdates.builder().offset(1).timeout(1).build());
        } catch (JsonProcessingException | TelegramApiRequestException | RuntimeException e) {
            log.warn("Warming up the Bot API types failed: {}", e.toString());
        }
        log.info("Warmed up the Bot API types in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
