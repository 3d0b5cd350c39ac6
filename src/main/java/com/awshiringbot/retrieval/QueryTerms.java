package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A question's tokens in one field, with each of their distinct terms looked up once in the field's
 * {@link TermDictionary}: the BM25 query, the coverage's weights and the entries that have each term all read that
 * one lookup. Distinct terms are numbered in the order they first occur.
 */
final class QueryTerms {
    private final List<Token> tokens;
    private final int[] termOf;
    private final List<String> terms;
    private final IndexedTerm[] indexed;

    private QueryTerms(List<Token> tokens, int[] termOf, List<String> terms, IndexedTerm[] indexed) {
        this.tokens = tokens;
        this.termOf = termOf;
        this.terms = terms;
        this.indexed = indexed;
    }

    /** {@code tokens} with their terms looked up in {@code dictionary}, each distinct term once. */
    static QueryTerms of(List<Token> tokens, Function<String, IndexedTerm> dictionary) {
        int[] termOf = new int[tokens.size()];
        Map<String, Integer> numbers = new HashMap<>(tokens.size() * 2);
        List<String> terms = new ArrayList<>(tokens.size());
        IndexedTerm[] indexed = new IndexedTerm[tokens.size()];
        for (int i = 0; i < termOf.length; i++) {
            String term = tokens.get(i).term();
            Integer number = numbers.putIfAbsent(term, terms.size());
            if (number == null) {
                number = terms.size();
                indexed[number] = dictionary.apply(term);
                terms.add(term);
            }
            termOf[i] = number;
        }
        return new QueryTerms(tokens, termOf, terms, Arrays.copyOf(indexed, terms.size()));
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The number of token {@code i}'s term. */
    int termOf(int i) {
        return termOf[i];
    }

    /** The distinct terms, in the order they first occur. */
    List<String> terms() {
        return terms;
    }

    /** What the field knows of distinct term {@code t}. */
    IndexedTerm indexed(int t) {
        return indexed[t];
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }
}
