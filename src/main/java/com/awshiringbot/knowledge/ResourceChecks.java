package com.awshiringbot.knowledge;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks {@code synonyms.txt} (Solr synonym format), {@code userdict.txt} (Nori user dictionary) and
 * {@code spellings.txt} (chat spellings: {@code form, form => standard words}) line by line,
 * so a mistake there is reported with its line at load time rather than as an exception from the analyzer.
 */
final class ResourceChecks {
    private ResourceChecks() {
    }

    static void synonyms(String text, String file, ProblemList problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                problems.add(file, i + 1, null, "more than one '=>' in '" + line + "'");
                continue;
            }
            for (String side : sides) {
                for (String term : side.split(",", -1)) {
                    if (term.isBlank()) {
                        problems.add(file, i + 1, null, "empty synonym in '" + line + "'");
                        break;
                    }
                }
            }
        }
    }

    static void userDictionary(String text, String file, ProblemList problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // Nori drops everything after '#' and splits on white space.
            String line = lines[i].replaceAll("#.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            if (words.length == 1) {
                continue;
            }
            String parts = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
            if (!parts.replace(" ", "").equals(words[0])) {
                problems.add(file, i + 1, null, "the parts '" + parts + "' do not spell out the word '" + words[0] + "'");
            }
        }
    }

    static void spellings(String text, String file, ProblemList problems) {
        String[] lines = text.split("\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length != 2) {
                problems.add(file, i + 1, null, "expected 'form, form => standard words', got '" + line + "'");
                continue;
            }
            if (sides[1].isBlank()) {
                problems.add(file, i + 1, null, "no standard words after '=>' in '" + line + "'");
            }
            for (String side : sides[0].split(",", -1)) {
                String form = side.strip();
                if (form.isEmpty() || form.chars().anyMatch(Character::isWhitespace)) {
                    problems.add(file, i + 1, null, "a form must be one word, got '" + side.strip() + "' in '" + line + "'");
                    continue;
                }
                if (form.chars().allMatch(c -> c < 0x80)
                        && !form.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'')) {
                    problems.add(file, i + 1, null, "a Latin form is a whole word of letters, digits and apostrophes, got '"
                            + form + "'");
                    continue;
                }
                Integer first = seen.putIfAbsent(form.toLowerCase(Locale.ROOT), i + 1);
                if (first != null) {
                    problems.add(file, i + 1, null, "the form '" + form + "' is already spelled out on line " + first);
                }
            }
        }
    }

    static void notCovered(String text, String file, ProblemList problems) {
        String[] lines = text.split("\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains(",") || line.contains("=>")) {
                problems.add(file, i + 1, null, "one name a line, got '" + line + "'");
                continue;
            }
            Integer first = seen.putIfAbsent(line.toLowerCase(Locale.ROOT), i + 1);
            if (first != null) {
                problems.add(file, i + 1, null, "'" + line + "' is already listed on line " + first);
            }
        }
    }
}
