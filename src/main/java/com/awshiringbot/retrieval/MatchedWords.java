package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The topical words of each indexed question, and how many of them a user's question has. When two entries both
 * cover a short question, the one whose closest question says no more than was asked is the one asked about:
 * "amazon leadership principles explained?" is closest to "What are Amazon's Leadership Principles?" in one entry and
 * to "What is Ownership in the Leadership Principles?" in another, which adds a word the user never said. A
 * question's words are worked out the first time it is an entry's closest match. Thread-safe.
 */
final class MatchedWords {
    private final Analyzers analyzers;
    private final Map<Field, TermDictionary> dictionaries;
    private final IntFunction<String> texts;
    private final int maxChars;
    /** Per field and question, its words: a typed word and the synonyms added at its place count as one. */
    private final Map<Field, AtomicReferenceArray<Terms[]>> words = new EnumMap<>(Field.class);

    /**
     * @param dictionaries per field, its terms: a word is checked by its number there, not compared as a string
     * @param texts each indexed question's text, by document number
     * @param size how many questions are indexed
     */
    MatchedWords(Analyzers analyzers, Map<Field, TermDictionary> dictionaries, IntFunction<String> texts, int size,
            int maxChars) {
        this.analyzers = analyzers;
        this.dictionaries = dictionaries;
        this.texts = texts;
        this.maxChars = maxChars;
        for (Field field : List.of(Field.KOREAN, Field.ENGLISH)) {
            words.put(field, new AtomicReferenceArray<>(size));
        }
    }

    /**
     * A user's question's terms (synonyms included) in one field, as {@link #askedShare} reads them: the numbers of
     * those the field's dictionary has, and the others as they are (a synonym or a word no question has may still
     * be one of a matched question's words).
     */
    static final class Asked {
        private final Terms terms;

        private Asked(Terms terms) {
            this.terms = terms;
        }

        static Asked of(QueryTerms terms) {
            return new Asked(Terms.of(terms.terms().size(), terms.terms()::get, t -> terms.indexed(t).number()));
        }
    }

    /**
     * Terms as a field's dictionary numbers them: the numbers of those it has, and the others as they are. One word
     * of an indexed question is one of these (a typed word and its synonyms); so is a user's whole question.
     */
    private record Terms(int[] numbers, String[] unknown) {

        /** Terms {@code 0 .. size - 1}, each with its number in the dictionary, negative when it has none. */
        static Terms of(int size, IntFunction<String> term, IntUnaryOperator number) {
            int[] numbers = new int[size];
            int known = 0;
            List<String> unknown = new ArrayList<>(0);
            for (int t = 0; t < size; t++) {
                int n = number.applyAsInt(t);
                if (n < 0) {
                    unknown.add(term.apply(t));
                } else {
                    numbers[known++] = n;
                }
            }
            return new Terms(Arrays.copyOf(numbers, known), unknown.toArray(String[]::new));
        }

        /** Whether any of these terms is among {@code others}. */
        boolean anyIn(Terms others) {
            for (int number : numbers) {
                for (int other : others.numbers) {
                    if (number == other) {
                        return true;
                    }
                }
            }
            for (String term : unknown) {
                for (String other : others.unknown) {
                    if (term.equals(other)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The share of question {@code doc}'s topical words, analysed for {@code field}, that are among {@code asked} (a
     * user's question's terms in that field, synonyms included); 1 for a question without any.
     */
    double askedShare(Field field, int doc, Asked asked) {
        Terms[] units = words(field, doc);
        if (units.length == 0) {
            return 1;
        }
        int found = 0;
        for (Terms unit : units) {
            if (unit.anyIn(asked.terms)) {
                found++;
            }
        }
        return (double) found / units.length;
    }

    private Terms[] words(Field field, int doc) {
        AtomicReferenceArray<Terms[]> known = words.get(field);
        Terms[] units = known.get(doc);
        if (units == null) {
            units = analyse(field, texts.apply(doc));
            known.set(doc, units); // two threads may both analyse it: they get the same words
        }
        return units;
    }

    private Terms[] analyse(Field field, String text) {
        Map<Integer, Set<String>> byStart = new LinkedHashMap<>();
        for (Token token : analyzers.tokens(field, TextNormalizer.normalize(text, maxChars))) {
            if (token.topical() || token.synonym()) {
                byStart.computeIfAbsent(token.start(), start -> new LinkedHashSet<>(2)).add(token.term());
            }
        }
        TermDictionary dictionary = dictionaries.get(field);
        List<Terms> units = new ArrayList<>(byStart.size());
        for (Set<String> unit : byStart.values()) {
            List<String> terms = List.copyOf(unit);
            units.add(Terms.of(terms.size(), terms::get, t -> dictionary.get(terms.get(t)).number()));
        }
        return units.toArray(Terms[]::new);
    }
}
