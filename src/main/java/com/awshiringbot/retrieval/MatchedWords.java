package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The topical words of each indexed question, and how many of them a user's question has. When two entries both
 * cover a short question, the one whose closest question says no more than was asked is the one asked about:
 * "amazon leadership principles explained?" is closest to "What are Amazon's Leadership Principles?" in one entry and
 * to "What is Ownership in the Leadership Principles?" in another, which adds a word the user never said. A
 * question's words are worked out the first time it is an entry's closest match. Thread-safe.
 */
final class MatchedWords {
    private final Analyzers analyzers;
    private final IntFunction<String> texts;
    private final int maxChars;
    /** Per field and question, its words: a typed word and the synonyms added at its place count as one. */
    private final Map<Field, AtomicReferenceArray<List<Set<String>>>> words = new EnumMap<>(Field.class);

    /**
     * @param texts each indexed question's text, by document number
     * @param size how many questions are indexed
     */
    MatchedWords(Analyzers analyzers, IntFunction<String> texts, int size, int maxChars) {
        this.analyzers = analyzers;
        this.texts = texts;
        this.maxChars = maxChars;
        for (Field field : List.of(Field.KOREAN, Field.ENGLISH)) {
            words.put(field, new AtomicReferenceArray<>(size));
        }
    }

    /**
     * The share of question {@code doc}'s topical words, analysed for {@code field}, that are among {@code asked} (a
     * user's question's terms, synonyms included); 1 for a question without any.
     */
    double askedShare(Field field, int doc, Set<String> asked) {
        List<Set<String>> units = words(field, doc);
        if (units.isEmpty()) {
            return 1;
        }
        int found = 0;
        for (Set<String> unit : units) {
            for (String term : unit) {
                if (asked.contains(term)) {
                    found++;
                    break;
                }
            }
        }
        return (double) found / units.size();
    }

    private List<Set<String>> words(Field field, int doc) {
        AtomicReferenceArray<List<Set<String>>> known = words.get(field);
        List<Set<String>> units = known.get(doc);
        if (units == null) {
            units = analyse(field, texts.apply(doc));
            known.set(doc, units); // two threads may both analyse it: they get the same words
        }
        return units;
    }

    private List<Set<String>> analyse(Field field, String text) {
        Map<Integer, Set<String>> byStart = new LinkedHashMap<>();
        for (Token token : analyzers.tokens(field, TextNormalizer.normalize(text, maxChars))) {
            if (token.topical() || token.synonym()) {
                byStart.computeIfAbsent(token.start(), start -> new HashSet<>(2)).add(token.term());
            }
        }
        List<Set<String>> units = new ArrayList<>(byStart.size());
        byStart.values().forEach(unit -> units.add(Set.copyOf(unit)));
        return List.copyOf(units);
    }
}
