package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat spellings of {@code knowledge/spellings.txt} written out as the words they stand for, in a question before
 * it is analysed: "wat r u" reads "what are you" (stop words, like the words they stand for) and "어케" reads
 * "어떻게" (an adverb), instead of words the knowledge never uses, which weigh the most. A Latin form is a whole word,
 * matched in any case, except that a form of one letter matches only in lower case (a capital alone is an initial,
 * like STAR's R); a Hangul form matches anywhere, since endings and missing spaces stick to it ("어케함").
 * Only questions are rewritten: the index keeps the knowledge's own wording. Immutable and thread-safe.
 */
final class Spellings {
    static final Spellings NONE = new Spellings(null, Map.of());

    private final Pattern forms;
    private final Map<String, String> standard;

    private Spellings(Pattern forms, Map<String, String> standard) {
        this.forms = forms;
        this.standard = standard;
    }

    /**
     * Reads rules of the form {@code form, form => standard}, one a line; blank lines and lines starting with '#' are
     * skipped. The knowledge loader has already reported malformed lines, so they are skipped here too.
     */
    static Spellings parse(String rules) {
        Map<String, String> standard = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        for (String raw : rules.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length != 2 || sides[1].isBlank()) {
                continue;
            }
            for (String side : sides[0].split(",")) {
                String form = side.strip().toLowerCase(Locale.ROOT);
                if (form.isEmpty() || standard.putIfAbsent(form, sides[1].strip()) != null) {
                    continue;
                }
                boolean latin = form.chars().allMatch(c -> c < 0x80);
                // a capital letter alone is an initial (STAR's S, T, A, R), not chat speak
                String quoted = form.length() == 1 ? "(?-i:" + Pattern.quote(form) + ")" : Pattern.quote(form);
                alternatives.add(latin ? "(?<![\\p{L}\\p{N}'])" + quoted + "(?![\\p{L}\\p{N}'])" : quoted);
            }
        }
        if (alternatives.isEmpty()) {
            return NONE;
        }
        // longest first, so that a form is not cut short by another that begins it
        alternatives.sort((a, b) -> b.length() - a.length());
        Pattern forms = Pattern.compile(String.join("|", alternatives),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new Spellings(forms, Map.copyOf(standard));
    }

    /** {@code text} with each chat spelling replaced by the words it stands for. */
    String apply(String text) {
        if (forms == null || text.isEmpty()) {
            return text;
        }
        Matcher matcher = forms.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        do {
            String words = standard.get(matcher.group().toLowerCase(Locale.ROOT));
            matcher.appendReplacement(out, Matcher.quoteReplacement(words));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
