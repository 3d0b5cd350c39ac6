package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chat spellings of {@code knowledge/spellings.txt} written out as the words they stand for, in a question before
 * it is analysed: "wat r u" reads "what are you" (stop words, like the words they stand for) and "어케" reads
 * "어떻게" (an adverb), instead of words the knowledge never uses, which weigh the most. A Latin form is a whole word,
 * matched in any case, except that a form of one letter matches only in lower case (a capital alone is an initial,
 * like STAR's R); a Hangul form matches anywhere, since endings and missing spaces stick to it ("어케함").
 * Only questions are rewritten: the index keeps the knowledge's own wording. Immutable and thread-safe.
 */
final class Spellings {
    static final Spellings NONE = new Spellings(Map.of(), Map.of());

    /** Latin forms, lower-cased, and the words they stand for. */
    private final Map<String, String> latin;
    /** Hangul forms by their first character, longest first, and the words they stand for. */
    private final Map<Character, List<Map.Entry<String, String>>> hangul;

    private Spellings(Map<String, String> latin, Map<Character, List<Map.Entry<String, String>>> hangul) {
        this.latin = latin;
        this.hangul = hangul;
    }

    /** The spellings of {@code rules}: each form (as the knowledge loader read it) and the words it stands for. */
    static Spellings of(Map<String, String> rules) {
        Map<String, String> latin = new HashMap<>();
        Map<Character, List<Map.Entry<String, String>>> hangul = new HashMap<>();
        rules.forEach((form, written) -> {
            // questions are normalised before they are rewritten: "lol => ㅋㅋ" must leave chat noise, not ㅋㅋ
            String words = TextNormalizer.normalize(written);
            if (form.chars().allMatch(c -> c < 0x80)) {
                latin.putIfAbsent(form.toLowerCase(Locale.ROOT), words);
            } else {
                hangul.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(Map.entry(form, words));
            }
        });
        if (latin.isEmpty() && hangul.isEmpty()) {
            return NONE;
        }
        // longest first, so that a form is not cut short by another that begins it
        hangul.values().forEach(forms -> forms.sort((a, b) -> b.getKey().length() - a.getKey().length()));
        return new Spellings(Map.copyOf(latin), Map.copyOf(hangul));
    }

    /** {@code text} with each chat spelling replaced by the words it stands for, in one pass from left to right. */
    String apply(String text) {
        if (this == NONE || text.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String words = null;
            int end = i + 1;
            if (isWordChar(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                end = i;
                while (end < text.length() && isWordChar(text.charAt(end))) {
                    end++;
                }
                words = latinWords(text.substring(i, end));
            }
            if (words == null) {
                end = i + 1;
                for (Map.Entry<String, String> form : hangul.getOrDefault(c, List.of())) {
                    if (text.startsWith(form.getKey(), i)) {
                        words = form.getValue();
                        end = i + form.getKey().length();
                        break;
                    }
                }
            }
            if (words == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, i).append(words);
            copied = end;
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The words a whole word stands for, or null; a capital letter alone is an initial (STAR's R), not chat speak. */
    private String latinWords(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && !word.equals(lower)) {
            return null;
        }
        return latin.get(lower);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
