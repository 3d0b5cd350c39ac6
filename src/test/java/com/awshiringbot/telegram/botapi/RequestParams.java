package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Parses a Bot API request's parameters from the query string and a JSON or form-encoded body. */
final class RequestParams {

    private RequestParams() {
    }

    static ObjectNode parse(String query, String contentType, byte[] body) throws IOException {
        ObjectNode params = UpdateJson.object();
        if (query != null) {
            form(query, params);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return params;
        }
        if (type.startsWith("application/json")) {
            JsonNode json = UpdateJson.mapper().readTree(text);
            if (!json.isObject()) {
                throw new IOException("JSON body is not an object");
            }
            params.setAll((ObjectNode) json);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            form(text, params);
        } else {
            throw new IOException("unsupported content type '" + contentType + "'");
        }
        return params;
    }

    private static void form(String encoded, ObjectNode params) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
    }
}
