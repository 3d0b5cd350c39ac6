package com.awshiringbot.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks {@code synonyms.txt} (Solr synonym format), {@code userdict.txt} (Nori user dictionary),
 * {@code spellings.txt} (chat spellings: {@code form, form => standard words}), {@code not-covered.txt} (one name
 * a line) and {@code not-covered-questions.txt} (one English question a line) line by line, and reads the last three
 * into the rules the engine uses,
 * so a mistake there is reported with its line at load time rather than as an exception from the analyzer.
 */
final class ResourceChecks {
    private ResourceChecks() {
    }

    /** A check of one rule: its line number (from 1) and its text, stripped. */
    private interface RuleCheck {
        void check(int number, String line);
    }

    private static void eachRule(String text, RuleCheck check) {
        for (RuleLine rule : RuleLine.of(text)) {
            check.check(rule.number(), rule.text());
        }
    }

    static void synonyms(String text, String file, ProblemList problems) {
        eachRule(text, (number, line) -> {
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                problems.add(file, number, null, "more than one '=>' in '" + line + "'");
                return;
            }
            for (String side : sides) {
                for (String term : side.split(",", -1)) {
                    if (term.isBlank()) {
                        problems.add(file, number, null, "empty synonym in '" + line + "'");
                        break;
                    }
                }
            }
        });
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

    /** The chat spellings of {@code text}, each form and the words it stands for, in file order. */
    static Map<String, String> spellings(String text, String file, ProblemList problems) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> spellings = new LinkedHashMap<>();
        eachRule(text, (number, line) -> {
            String[] sides = line.split("=>", -1);
            if (sides.length != 2) {
                problems.add(file, number, null, "expected 'form, form => standard words', got '" + line + "'");
                return;
            }
            if (sides[1].isBlank()) {
                problems.add(file, number, null, "no standard words after '=>' in '" + line + "'");
            }
            for (String side : sides[0].split(",", -1)) {
                String form = side.strip();
                if (form.isEmpty() || form.chars().anyMatch(Character::isWhitespace)) {
                    problems.add(file, number, null, "a form must be one word, got '" + form + "' in '" + line + "'");
                    continue;
                }
                if (form.chars().allMatch(c -> c < 0x80)
                        && !form.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'')) {
                    problems.add(file, number, null, "a Latin form is a whole word of letters, digits and apostrophes, got '"
                            + form + "'");
                    continue;
                }
                Integer first = seen.putIfAbsent(form.toLowerCase(Locale.ROOT), number);
                if (first != null) {
                    problems.add(file, number, null, "the form '" + form + "' is already spelled out on line " + first);
                } else if (!sides[1].isBlank()) {
                    spellings.put(form, sides[1].strip());
                }
            }
        });
        return spellings;
    }

    /** The names of {@code text}, in file order. */
    static List<String> notCovered(String text, String file, ProblemList problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        eachRule(text, (number, line) -> {
            if (line.contains(",") || line.contains("=>")) {
                problems.add(file, number, null, "one name a line, got '" + line + "'");
                return;
            }
            Integer first = seen.putIfAbsent(line.toLowerCase(Locale.ROOT), number);
            if (first != null) {
                problems.add(file, number, null, "'" + line + "' is already listed on line " + first);
            } else {
                names.add(line);
            }
        });
        return names;
    }

    /**
     * The questions of {@code text}, in file order: English questions the knowledge does not answer, which the sentence
     * model compares the user's question with.
     *
     * @param owners the entry of each question of the knowledge, by {@link QuestionKey}
     */
    static List<String> notCoveredQuestions(String text, String file, Map<String, Draft> owners,
            ProblemList problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> questions = new ArrayList<>();
        eachRule(text, (number, line) -> {
            String key = QuestionKey.of(line);
            if (line.codePoints().anyMatch(EntryReader::isHangul)) {
                problems.add(file, number, null, "the sentence model reads English only; write '" + line
                        + "' in English");
                return;
            }
            Draft owner = owners.get(key);
            if (owner != null) {
                problems.add(file, number, null, "'" + line + "' is a question of entry '" + owner.label + "' ("
                        + owner.location() + "): the knowledge covers it");
                return;
            }
            Integer first = seen.putIfAbsent(key, number);
            if (first != null) {
                problems.add(file, number, null, "'" + line + "' is already listed on line " + first);
            } else {
                questions.add(line);
            }
        });
        return questions;
    }
}
