package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the JSON of users, chats and messages the way the Bot API sends them in updates. */
final class UpdateJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?");
    private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]{3,32}");

    private UpdateJson() {
    }

    static ObjectNode user(long id, String languageCode) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", "User" + id);
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    static ObjectNode bot(long id, String username) {
        ObjectNode bot = JSON.createObjectNode();
        bot.put("id", id);
        bot.put("is_bot", true);
        bot.put("first_name", "AWS Hiring (test)");
        bot.put("username", username);
        return bot;
    }

    static ObjectNode chat(long id, String type) {
        ObjectNode chat = JSON.createObjectNode();
        chat.put("id", id);
        chat.put("type", type);
        if (type.equals("private")) {
            chat.put("first_name", "User" + id);
        } else {
            chat.put("title", "Chat " + id);
        }
        return chat;
    }

    static ObjectNode message(int messageId, ObjectNode chat, ObjectNode from, long date) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        if (from != null) {
            message.set("from", from);
        }
        message.set("chat", chat);
        message.put("date", date);
        return message;
    }

    /**
     * Sets {@code text} and the entities Telegram derives from it: a leading bot command and @mentions. Offsets and
     * lengths are in UTF-16 code units, as Telegram counts them, which is what Java's string indexes are.
     */
    static void text(ObjectNode message, String text) {
        message.put("text", text);
        ArrayNode entities = JSON.createArrayNode();
        Matcher command = COMMAND.matcher(text);
        int commandEnd = 0;
        if (command.find()) {
            entities.add(entity("bot_command", command.start(), command.end()));
            commandEnd = command.end();
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            if (mention.start() >= commandEnd) {
                entities.add(entity("mention", mention.start(), mention.end()));
            }
        }
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
    }

    private static ObjectNode entity(String type, int start, int end) {
        ObjectNode entity = JSON.createObjectNode();
        entity.put("type", type);
        entity.put("offset", start);
        entity.put("length", end - start);
        return entity;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
