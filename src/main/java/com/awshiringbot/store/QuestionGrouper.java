package com.awshiringbot.store;

import com.awshiringbot.answer.Outcome;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups near-identical questions. Two questions are the same when they are equal after normalising (Unicode NFC,
 * lower case, spaces and punctuation removed: "루프 면접이 뭐예요?" = "루프면접이 뭐예요"), and near-identical when
 * the character bigrams of their normal forms overlap by at least {@value #SIMILARITY} (Dice coefficient), which
 * joins one-syllable typos ("뭐에요" for "뭐예요") but not different questions sharing an ending.
 */
final class QuestionGrouper {
    static final double SIMILARITY = 0.7;
    private static final int MAX_VARIANTS = 3;

    private QuestionGrouper() {
    }

    /** The groups of {@code questions}, most asked first (ties: the one first asked first). */
    static List<Report.QuestionGroup> group(List<UnansweredQuestion> questions) {
        // Exact groups by normal form, in order of first appearance.
        Map<String, Cluster> exact = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (UnansweredQuestion question : questions) {
            firstSeen.putIfAbsent(question.question().strip(), firstSeen.size());
            exact.computeIfAbsent(normalise(question.question()), key -> new Cluster(key, firstSeen)).add(question);
        }
        List<Cluster> bySize = new ArrayList<>(exact.values());
        bySize.sort(Comparator.comparingInt(Cluster::count).reversed());
        List<Cluster> merged = new ArrayList<>();
        for (Cluster cluster : bySize) {
            Cluster home = null;
            for (Cluster candidate : merged) {
                if (similarity(candidate.key, cluster.key) >= SIMILARITY) {
                    home = candidate;
                    break;
                }
            }
            if (home == null) {
                merged.add(cluster);
            } else {
                home.absorb(cluster);
            }
        }
        merged.sort(Comparator.comparingInt(Cluster::count).reversed());
        return merged.stream().map(Cluster::toGroup).toList();
    }

    /** NFC, lower case, and only letters and digits left; the stripped text itself when nothing is left. */
    static String normalise(String question) {
        String text = Normalizer.normalize(question == null ? "" : question, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String letters = text.replaceAll("[^\\p{L}\\p{N}]", "");
        return letters.isEmpty() ? text.strip() : letters;
    }

    /** The Dice coefficient of the two strings' character bigrams; 1 for equal strings, 0 when either is too short. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            String bigram = b.substring(i, i + 2);
            Integer left = bigrams.get(bigram);
            if (left != null && left > 0) {
                shared++;
                bigrams.put(bigram, left - 1);
            }
        }
        return 2.0 * shared / ((a.length() - 1) + (b.length() - 1));
    }

    private static final class Cluster {
        final String key;
        final Map<String, Integer> firstSeen;
        final Map<String, Integer> wordings = new LinkedHashMap<>();
        final Map<String, Integer> firstGuesses = new LinkedHashMap<>();
        int didYouMean;
        int dontKnow;

        Cluster(String key, Map<String, Integer> firstSeen) {
            this.key = key;
            this.firstSeen = firstSeen;
        }

        void add(UnansweredQuestion question) {
            wordings.merge(question.question().strip(), 1, Integer::sum);
            if (question.outcome() == Outcome.DID_YOU_MEAN) {
                didYouMean++;
            } else {
                dontKnow++;
            }
            if (!question.guesses().isEmpty()) {
                firstGuesses.merge(question.guesses().get(0).entryId(), 1, Integer::sum);
            }
        }

        void absorb(Cluster other) {
            other.wordings.forEach((wording, n) -> wordings.merge(wording, n, Integer::sum));
            other.firstGuesses.forEach((guess, n) -> firstGuesses.merge(guess, n, Integer::sum));
            didYouMean += other.didYouMean;
            dontKnow += other.dontKnow;
        }

        int count() {
            return didYouMean + dontKnow;
        }

        Report.QuestionGroup toGroup() {
            List<String> ranked = new ArrayList<>(wordings.keySet());
            ranked.sort(Comparator.comparing((String w) -> wordings.get(w), Comparator.reverseOrder())
                    .thenComparing(firstSeen::get));
            List<String> guesses = new ArrayList<>(firstGuesses.keySet());
            // A stable sort keeps first-seen order among equals.
            guesses.sort(Comparator.comparing(firstGuesses::get, Comparator.reverseOrder()));
            return new Report.QuestionGroup(ranked.get(0), count(), didYouMean, dontKnow,
                    ranked.subList(1, Math.min(ranked.size(), 1 + MAX_VARIANTS)), guesses.isEmpty() ? null : guesses.get(0));
        }
    }
}
