package com.awshiringbot.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An HTTP answer of the local Bot API server: a status and a body. */
record Answer(int status, String contentType, String body) {

    static Answer ok(JsonNode result) {
        ObjectNode body = UpdateJson.object();
        body.put("ok", true);
        body.set("result", result);
        return new Answer(200, "application/json", body.toString());
    }

    static Answer ok(boolean result) {
        return ok(UpdateJson.mapper().getNodeFactory().booleanNode(result));
    }

    static Answer error(int status, String description, Integer retryAfter) {
        ObjectNode body = UpdateJson.object();
        body.put("ok", false);
        body.put("error_code", status);
        body.put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        return new Answer(status, "application/json", body.toString());
    }

    static Answer badRequest(String description) {
        return error(400, "Bad Request: " + description, null);
    }

    static Answer badGateway() {
        return new Answer(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    }
}
