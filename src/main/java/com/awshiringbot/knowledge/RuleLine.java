package com.awshiringbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule of a line-based knowledge file ({@code synonyms.txt}, {@code spellings.txt}, {@code not-covered.txt}):
 * a line that is neither blank nor a {@code #} comment.
 *
 * @param number the line's number, from 1
 * @param text the line without surrounding white space
 */
public record RuleLine(int number, String text) {

    /** The rule lines of {@code text}, in order. */
    public static List<RuleLine> of(String text) {
        List<RuleLine> rules = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                rules.add(new RuleLine(i + 1, line));
            }
        }
        return rules;
    }
}
