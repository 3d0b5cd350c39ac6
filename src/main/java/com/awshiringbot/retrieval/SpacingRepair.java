package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Joins a Hangul word that a stray space cut in two (리쿠 르터, 홈페 이지, 인성면 접인가요), which phone keyboards make
 * easily and which Nori reads as scraps. Two neighbouring words are joined when Nori reads a known morpheme across
 * the junction of the joined word and finds no more unknown morphemes in it than in the two apart.
 */
final class SpacingRepair {
    /** Keys of one generation of each memo (twice as many may be kept): the words and pairs of many questions. */
    private static final int MAX_REMEMBERED = 10_000;

    private final Analyzers analyzers;
    private final Predicate<String> known;
    /**
     * Readings and junctions already weighed: words and pairs recur from question to question (면접, 어떻게, 해요), and
     * each is a Nori analysis — three per word of every question, a quarter of a question's time before this.
     */
    private final BoundedMemo<String, Reading> readings;
    private final BoundedMemo<Junction, Joined> junctions;

    /**
     * @param known whether a term of the Korean morpheme field is in the index
     */
    SpacingRepair(Analyzers analyzers, Predicate<String> known) {
        this.analyzers = analyzers;
        this.known = known;
        this.readings = new BoundedMemo<>(MAX_REMEMBERED, word -> Reading.of(analyzers, known, word));
        this.junctions = new BoundedMemo<>(MAX_REMEMBERED, this::join);
    }

    /** {@code normalized} with each Hangul word cut in two by a space joined again. */
    String repair(String normalized) {
        String[] words = normalized.split(" ", -1);
        if (words.length < 2) {
            return normalized;
        }
        List<String> out = new ArrayList<>();
        String current = words[0];
        Reading currentReading = null; // read only where two Hangul words meet: English words never join
        boolean changed = false;
        for (int i = 1; i < words.length; i++) {
            String next = words[i];
            Reading nextReading = null;
            if (endsWithHangul(current) && startsWithHangul(next)) {
                if (currentReading == null) {
                    currentReading = read(current);
                }
                nextReading = read(next);
                String joined = current + next;
                Joined join = junctions.get(new Junction(joined, current.length()));
                if (join.reading().unknown() <= currentReading.plus(nextReading).unknown() && join.bridged()) {
                    current = joined;
                    currentReading = join.reading();
                    changed = true;
                    continue;
                }
            }
            out.add(current);
            current = next;
            currentReading = nextReading;
        }
        out.add(current);
        return changed ? String.join(" ", out) : normalized;
    }

    private Reading read(String word) {
        return readings.get(word);
    }

    /** A joined word and where its two halves meet. */
    private record Junction(String joined, int at) {
    }

    /**
     * How Nori reads a joined word, and whether it reads a morpheme the knowledge uses across the junction: then the
     * space cut that morpheme in two (리쿠|르터, 인성면|접인가요). Real phrases join into morphemes that meet at the
     * junction (해외|연수), or lose a word when joined (잘 못하는데 is not 잘못하는데), and stay apart.
     */
    private record Joined(Reading reading, boolean bridged) {
    }

    /** One Nori analysis of the joined word gives both (they were two, the largest cost of a Korean question). */
    private Joined join(Junction junction) {
        List<Token> tokens = analyzers.indexTokens(Field.KOREAN, junction.joined());
        int at = junction.at();
        boolean bridged = tokens.stream().anyMatch(t -> t.start() < at && at < t.end() && known.test(t.term()));
        return new Joined(Reading.of(tokens.stream().map(Token::term).toList(), known), bridged);
    }

    private static boolean endsWithHangul(String word) {
        return !word.isEmpty() && Hangul.isSyllable(word.charAt(word.length() - 1));
    }

    private static boolean startsWithHangul(String word) {
        return !word.isEmpty() && Hangul.isSyllable(word.charAt(0));
    }

}
