package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The checks Telegram makes on what a bot sends; each returns Telegram's error description, or null when fine. */
final class Validation {

    private static final Set<String> BUTTON_ACTIONS = Set.of(
            "callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat", "copy_text", "web_app", "login_url", "pay", "callback_game");

    private Validation() {
    }

    /** A message text: not empty, parseable in its parse mode, at most 4,096 characters once parsed. */
    static String textError(String text, String parseMode) {
        if (text == null || text.isBlank()) {
            return "message text is empty";
        }
        String plain = text;
        if (parseMode.equalsIgnoreCase("HTML")) {
            try {
                plain = TelegramHtml.plainText(text);
            } catch (IllegalArgumentException e) {
                return "can't parse entities: " + e.getMessage();
            }
        } else if (!parseMode.isEmpty()) {
            return "unsupported parse_mode";
        }
        if (plain.isBlank()) {
            return "message text is empty";
        }
        return plain.length() > 4096 ? "message is too long" : null;
    }

    /** An inline keyboard: buttons with text and exactly one action, callback data of 1 to 64 bytes. */
    static String markupError(JsonNode markup) {
        if (markup.isMissingNode()) {
            return null;
        }
        JsonNode keyboard = markup.path("inline_keyboard");
        if (!keyboard.isArray()) {
            return "field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array";
        }
        for (JsonNode row : keyboard) {
            for (JsonNode button : row) {
                if (button.path("text").asText().isEmpty()) {
                    return "BUTTON_TEXT_EMPTY";
                }
                if (BUTTON_ACTIONS.stream().filter(button::has).count() != 1) {
                    return "text buttons are unallowed in the inline keyboard";
                }
                if (button.has("callback_data")) {
                    int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > 64) {
                        return "BUTTON_DATA_INVALID";
                    }
                }
                if (button.has("url") && !button.get("url").asText().matches("(https?|tg)://\\S+")) {
                    return "BUTTON_URL_INVALID";
                }
            }
        }
        return null;
    }

    /** The results of {@code answerInlineQuery}: at most 50, unique ids of at most 64 bytes, valid content. */
    static String inlineResultsError(ObjectNode params) {
        JsonNode results = json(params, "results");
        if (!results.isArray() || results.size() > 50) {
            return "RESULTS_TOO_MUCH";
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            String id = result.path("id").asText();
            if (id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > 64 || !ids.add(id)) {
                return "RESULT_ID_INVALID";
            }
            if (result.path("title").asText().isEmpty()) {
                return "RESULT_TITLE_EMPTY";
            }
            JsonNode content = result.path("input_message_content");
            String problem = textError(content.path("message_text").asText(null), content.path("parse_mode").asText(""));
            if (problem == null) {
                problem = markupError(result.path("reply_markup"));
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** A JSON-valued parameter, whether it came as JSON or as a string in a form body. */
    static JsonNode json(ObjectNode params, String name) {
        return new ApiCall("", params, 0, MissingNode.getInstance(), Instant.EPOCH).json(name);
    }
}
