package com.awshiringbot.knowledge;

import java.util.Objects;

/**
 * One mistake found in the knowledge base.
 *
 * @param file the file, as reached from the knowledge folder given to the loader ({@code knowledge/entries/x.yaml})
 * @param line the 1-based line in that file, or 0 when the mistake has no line
 * @param entryId the entry concerned, or null when the mistake is not about one entry
 * @param message what is wrong
 */
public record Problem(String file, int line, String entryId, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code knowledge/entries/x.yaml:12: entry 'id': field 'answer.en' is empty}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (entryId != null) {
            text.append("entry '").append(entryId).append("': ");
        }
        return text.append(message).toString();
    }
}
