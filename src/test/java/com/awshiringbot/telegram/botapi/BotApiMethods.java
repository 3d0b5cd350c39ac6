package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The Bot API methods the local server implements, over its {@link ServerState}. */
final class BotApiMethods {

    /** The methods known, in their documented spelling. */
    static final List<String> NAMES = List.of(
            "getUpdates", "getMe", "deleteWebhook", "setWebhook", "getWebhookInfo", "setMyCommands", "getMyCommands",
            "deleteMyCommands", "sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery",
            "answerInlineQuery", "sendChatAction", "deleteMessage", "close", "logOut");

    private final ServerState state;

    BotApiMethods(ServerState state) {
        this.state = state;
    }

    /** The documented spelling of a method name sent in any case; unknown names stay as they are. */
    static String canonical(String method) {
        return NAMES.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    Answer invoke(String method, ObjectNode params) throws InterruptedException {
        if (method.equals("getUpdates")) {
            return getUpdates(params);
        }
        synchronized (state) {
            switch (method) {
                case "getMe":
                    return Answer.ok(ServerState.bot());
                case "deleteWebhook":
                case "setWebhook":
                case "deleteMyCommands":
                case "sendChatAction":
                case "close":
                case "logOut":
                    return Answer.ok(true);
                case "getWebhookInfo":
                    ObjectNode info = UpdateJson.object();
                    info.put("url", "");
                    info.put("has_custom_certificate", false);
                    info.put("pending_update_count", state.pending.size());
                    return Answer.ok(info);
                case "setMyCommands":
                    return setMyCommands(params);
                case "getMyCommands":
                    JsonNode set = state.commands.get(params.path("language_code").asText(""));
                    return Answer.ok(set == null ? UpdateJson.array() : set);
                case "sendMessage":
                    return sendMessage(params);
                case "editMessageText":
                    return editMessage(params, true);
                case "editMessageReplyMarkup":
                    return editMessage(params, false);
                case "answerCallbackQuery":
                    return answerQuery(params.path("callback_query_id").asText(), null);
                case "answerInlineQuery":
                    return answerQuery(params.path("inline_query_id").asText(), Validation.inlineResultsError(params));
                case "deleteMessage":
                    state.messages.remove(ServerState.key(params.path("chat_id").asText(), params.path("message_id").asText()));
                    return Answer.ok(true);
                default:
                    return Answer.error(404, "Not Found", null);
            }
        }
    }

    /**
     * Long polling: an offset confirms every update below it; the call returns the pending updates from the offset
     * on, waiting up to {@code timeout} seconds for one. A newer poll ends an older one with 409, as Telegram does.
     */
    private Answer getUpdates(ObjectNode params) throws InterruptedException {
        int offset = params.path("offset").asInt(0);
        int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
        long deadline = System.nanoTime() + Duration.ofSeconds(Math.max(0, params.path("timeout").asInt(0))).toNanos();
        synchronized (state) {
            long generation = ++state.pollGeneration;
            if (offset > 0) {
                state.pending.headMap(offset).clear();
                state.confirmedOffset = Math.max(state.confirmedOffset, offset);
            }
            state.changed();
            while (true) {
                if (generation != state.pollGeneration) {
                    return Answer.error(409, "Conflict: terminated by other getUpdates request; "
                            + "make sure that only one bot instance is running", null);
                }
                List<ObjectNode> ready = new ArrayList<>(offset > 0 ? state.pending.tailMap(offset).values() : state.pending.values());
                if (offset < 0) {
                    ready = ready.subList(Math.max(0, ready.size() + offset), ready.size());
                }
                long remaining = deadline - System.nanoTime();
                if (!ready.isEmpty() || remaining <= 0 || state.closed) {
                    ArrayNode result = UpdateJson.array();
                    ready.stream().limit(limit).forEach(u -> result.add(u.deepCopy()));
                    return Answer.ok(result);
                }
                state.wait(Math.max(1, remaining / 1_000_000));
            }
        }
    }

    private Answer setMyCommands(ObjectNode params) {
        JsonNode list = Validation.json(params, "commands");
        if (!list.isArray() || list.size() > 100) {
            return Answer.badRequest("commands must be an array of at most 100 BotCommand");
        }
        for (JsonNode command : list) {
            if (!command.path("command").asText().matches("[a-z0-9_]{1,32}")) {
                return Answer.badRequest("BOT_COMMAND_INVALID");
            }
            String description = command.path("description").asText();
            if (description.isEmpty() || description.length() > 256) {
                return Answer.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        state.commands.put(params.path("language_code").asText(""), list);
        return Answer.ok(true);
    }

    private Answer sendMessage(ObjectNode params) {
        ObjectNode chat = state.chats.get(params.path("chat_id").asLong(0));
        if (chat == null) {
            return Answer.badRequest("chat not found");
        }
        String problem = Validation.textError(params.path("text").asText(null), params.path("parse_mode").asText(""));
        if (problem == null) {
            problem = Validation.markupError(Validation.json(params, "reply_markup"));
        }
        if (problem != null) {
            return Answer.badRequest(problem);
        }
        ObjectNode message = UpdateJson.message(state.nextMessageId++, chat.deepCopy(), ServerState.bot(), ServerState.epoch());
        setContent(message, params);
        state.messages.put(ServerState.key(chat.get("id").asLong(), message.get("message_id").asInt()), message);
        return Answer.ok(message.deepCopy());
    }

    private Answer editMessage(ObjectNode params, boolean text) {
        if (params.hasNonNull("inline_message_id")) {
            return Answer.ok(true);
        }
        String key = ServerState.key(params.path("chat_id").asText(), params.path("message_id").asText());
        ObjectNode message = state.messages.get(key);
        if (message == null || !message.path("from").path("is_bot").asBoolean()) {
            return Answer.badRequest("message to edit not found");
        }
        String problem = text ? Validation.textError(params.path("text").asText(null), params.path("parse_mode").asText("")) : null;
        if (problem == null) {
            problem = Validation.markupError(Validation.json(params, "reply_markup"));
        }
        if (problem != null) {
            return Answer.badRequest(problem);
        }
        ObjectNode content = params;
        if (!text) {
            content = params.deepCopy();
            content.put("text", message.path("text").asText());
            content.remove("parse_mode");
        }
        ObjectNode edited = message.deepCopy();
        setContent(edited, content);
        if (edited.path("text").equals(message.path("text")) && edited.path("reply_markup").equals(message.path("reply_markup"))) {
            return Answer.badRequest("message is not modified: specified new message content and reply markup are "
                    + "exactly the same as a current content and reply markup of the message");
        }
        edited.put("edit_date", ServerState.epoch());
        state.messages.put(key, edited);
        return Answer.ok(edited.deepCopy());
    }

    private Answer answerQuery(String queryId, String problem) {
        if (!state.openQueries.contains(queryId)) {
            return Answer.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        if (problem != null) {
            return Answer.badRequest(problem);
        }
        state.openQueries.remove(queryId);
        return Answer.ok(true);
    }

    /** Sets a message's text as the user sees it (parsed when HTML) and its inline keyboard. */
    private static void setContent(ObjectNode message, ObjectNode params) {
        String text = params.path("text").asText();
        message.put("text", params.path("parse_mode").asText("").equalsIgnoreCase("HTML") ? TelegramHtml.plainText(text) : text);
        JsonNode markup = Validation.json(params, "reply_markup");
        if (markup.isObject() && markup.has("inline_keyboard")) {
            message.set("reply_markup", markup);
        } else {
            message.remove("reply_markup");
        }
    }
}
