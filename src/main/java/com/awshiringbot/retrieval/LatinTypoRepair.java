package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Reads a misspelled Latin word of a question as the knowledge's word one edit away ("intervew" → interview): a word
 * the knowledge never uses weighs the most, so one typo made an English question look out of scope. Hangul has its own
 * repairs ({@link VowelRepair}, {@link SpacingRepair}, the bigram field). Only words of at least {@value #MIN_LENGTH}
 * letters are repaired, and only to a word of at least that length: shorter words are often one edit from another
 * real word (naver and never, wage and page) and stay as typed. Among several neighbours the most frequent wins. A
 * word the knowledge names as left out on purpose stays too: "summit" is not a misspelled "submit".
 * Immutable and thread-safe.
 */
final class LatinTypoRepair {
    static final int MIN_LENGTH = 6;
    private static final int MAX_REMEMBERED = 10_000;

    /** The field's Latin terms of at least {@link #MIN_LENGTH} letters, sorted. */
    private final String[] vocabulary;
    private final ToIntFunction<String> docFreq;
    private final Set<String> asTyped;
    /** Each word's nearest known word, "" for none: building the automaton costs more than the rest of a search. */
    private final BoundedMemo<String, String> remembered = new BoundedMemo<>(MAX_REMEMBERED, this::nearest);

    /**
     * @param terms the field's terms (any script; only the Latin ones are kept)
     * @param docFreq how many questions have a term
     * @param asTyped words that are never read as another one
     */
    LatinTypoRepair(Iterable<String> terms, ToIntFunction<String> docFreq, Set<String> asTyped) {
        List<String> latin = new ArrayList<>();
        for (String term : terms) {
            if (term.length() >= MIN_LENGTH && isLatin(term)) {
                latin.add(term);
            }
        }
        this.vocabulary = latin.toArray(new String[0]);
        Arrays.sort(vocabulary);
        this.docFreq = docFreq;
        this.asTyped = Set.copyOf(asTyped);
    }

    /** {@code tokens} with each typed Latin term the field lacks replaced by its nearest known term, if any. */
    List<Token> repair(List<Token> tokens) {
        return Token.changeEach(tokens, token -> {
            if (token.synonym() || token.term().length() < MIN_LENGTH || !isLatin(token.term())
                    || docFreq.applyAsInt(token.term()) > 0 || asTyped.contains(token.term())) {
                return token;
            }
            String nearest = remembered.get(token.term());
            return nearest.isEmpty() ? token : token.withTerm(nearest);
        });
    }

    /** The most frequent known word one edit from {@code term}, or "" when there is none. */
    private String nearest(String term) {
        CharacterRunAutomaton oneEdit = new CharacterRunAutomaton(new LevenshteinAutomata(term, true).toAutomaton(1));
        String best = "";
        int bestFreq = 0;
        for (String known : vocabulary) {
            if (Math.abs(known.length() - term.length()) <= 1 && oneEdit.run(known)) {
                int freq = docFreq.applyAsInt(known);
                if (freq > bestFreq) {
                    best = known;
                    bestFreq = freq;
                }
            }
        }
        return best;
    }

    private static boolean isLatin(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
