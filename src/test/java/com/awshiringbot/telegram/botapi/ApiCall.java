package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One request the local Bot API server received, as the bot sent it: the method (in its documented spelling,
 * whatever case the client used), the parameters parsed from the JSON, form or query body, and what the server
 * answered.
 *
 * @param method the documented method name, e.g. {@code sendMessage}
 * @param params the parameters; form fields are text nodes (JSON-valued fields such as {@code reply_markup} are
 *     parsed by {@link #json(String)})
 * @param status the HTTP status answered, or {@link #DROPPED} when the connection was dropped or left hanging
 * @param result the {@code result} the server answered (a missing node for errors and dropped calls)
 * @param at when the request arrived
 */
public record ApiCall(String method, ObjectNode params, int status, JsonNode result, Instant at) {

    /** The status of a call whose connection was closed without a response. */
    public static final int DROPPED = -1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A parameter as text ({@code null} when absent); objects and arrays come back as JSON. */
    public String param(String name) {
        JsonNode node = params.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** A parameter as JSON, parsing it when it was sent as a string (form bodies); missing node when absent. */
    public JsonNode json(String name) {
        JsonNode node = params.get(name);
        if (node == null || node.isNull()) {
            return MissingNode.getInstance();
        }
        if (node.isTextual()) {
            try {
                return JSON.readTree(node.asText());
            } catch (JsonProcessingException e) {
                return node;
            }
        }
        return node;
    }

    /** The {@code chat_id} parameter as a number. */
    public long chatId() {
        return Long.parseLong(param("chat_id"));
    }

    /** The {@code text} parameter. */
    public String text() {
        return param("text");
    }

    /** The {@code message_id} of the message this call sent or edited (from the server's answer). */
    public int messageId() {
        return result.path("message_id").asInt();
    }

    /** Whether the server answered this call with 200 ok. */
    public boolean succeeded() {
        return status == 200;
    }

    /** The {@code callback_data} of every inline button, row by row flattened, in order. */
    public java.util.List<String> callbackData() {
        java.util.List<String> data = new java.util.ArrayList<>();
        for (JsonNode row : json("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.has("callback_data")) {
                    data.add(button.get("callback_data").asText());
                }
            }
        }
        return data;
    }

    /** The text of every inline button, row by row flattened, in order. */
    public java.util.List<String> buttonTexts() {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (JsonNode row : json("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                texts.add(button.path("text").asText());
            }
        }
        return texts;
    }

    @Override
    public String toString() {
        return method + " " + status + " " + params;
    }
}
