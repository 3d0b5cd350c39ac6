package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Mends the commonest Korean misspelling before a question is analysed: ㅐ and ㅔ, which sound the same and are
 * swapped all the time (메니저 for 매니저, 체용 for 채용, 앤지니어 for 엔지니어). A word is left alone when Nori finds only
 * known morphemes in it, as few as any respelling gives; otherwise the spelling with one or two of its ㅐ/ㅔ
 * syllables swapped whose morphemes are all known, and fewest, replaces it. "Known" means used by the knowledge's
 * questions, so a word the knowledge never uses (연봉) is left as it is unless a swap makes it one.
 */
final class VowelRepair {
    private static final int MAX_SWAPPABLE = 4;

    /** Enough for the words of many thousands of questions; a few hundred kB. */
    private static final int MAX_REMEMBERED = 10_000;

    private final Analyzers analyzers;
    private final Predicate<String> known;
    /**
     * The outcome for each word already weighed: the endings of most questions (해요, 되나요, 세요) have ㅐ/ㅔ syllables,
     * and each weighing is up to eleven Nori analyses (a tenth of a question's time before this).
     */
    private final BoundedMemo<String, String> remembered = new BoundedMemo<>(MAX_REMEMBERED, this::respell);

    /**
     * @param known whether a term of the Korean morpheme field is in the index
     */
    VowelRepair(Analyzers analyzers, Predicate<String> known) {
        this.analyzers = analyzers;
        this.known = known;
    }

    /** {@code normalized} with each word that has unknown morphemes and a known ㅐ/ㅔ spelling respelled. */
    String repair(String normalized) {
        String[] words = normalized.split(" ", -1);
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String mended = repairWord(words[i]);
            if (!mended.equals(words[i])) {
                words[i] = mended;
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : normalized;
    }

    private String repairWord(String word) {
        int count = swappable(word).size();
        return count == 0 || count > MAX_SWAPPABLE ? word : remembered.get(word);
    }

    private static List<Integer> swappable(String word) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (Hangul.hasAeOrE(word.charAt(i))) {
                at.add(i);
            }
        }
        return at;
    }

    private String respell(String word) {
        List<Integer> swappable = swappable(word);
        List<String> spellings = new ArrayList<>();
        for (int a = 0; a < swappable.size(); a++) {
            spellings.add(swap(word, swappable.get(a)));
        }
        for (int a = 0; a < swappable.size(); a++) {
            for (int b = a + 1; b < swappable.size(); b++) {
                spellings.add(swap(swap(word, swappable.get(a)), swappable.get(b)));
            }
        }
        String best = word;
        Reading bestReading = read(word);
        for (String spelling : spellings) {
            Reading reading = read(spelling);
            if (reading.terms() > 0 && reading.unknown() == 0 && reading.kept() >= bestReading.kept()
                    && better(reading, bestReading)) {
                best = spelling;
                bestReading = reading;
            }
        }
        return best;
    }

    private Reading read(String word) {
        return Reading.of(analyzers, known, word);
    }

    /**
     * Fewer unknown morphemes, then fewer morphemes, then longer ones (앤지니어 → 애 + 니어 and 메니저 → 메, where
     * 엔지니어 and 매니저 stay whole). A respelling must also keep as much of the word ({@code kept}): it must not turn
     * a syllable into a dropped ending.
     */
    private static boolean better(Reading a, Reading b) {
        if (b.terms() == 0) {
            return a.terms() > 0;
        }
        if (a.unknown() != b.unknown()) {
            return a.unknown() < b.unknown();
        }
        return a.terms() != b.terms() ? a.terms() < b.terms() : a.kept() > b.kept();
    }

    private static String swap(String word, int at) {
        return word.substring(0, at) + Hangul.swapAeE(word.charAt(at)) + word.substring(at + 1);
    }
}
