package com.awshiringbot.retrieval;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One field's terms, each with all the index knows of it ({@link IndexedTerm}), so that a question's term is looked up
 * once per field rather than once for its postings, once for its rarity and once per kind of entry that has it: with
 * thousands of terms each lookup is a miss in the processor's cache. Holds the terms of the questions and of the
 * answers. Built from the {@link Bm25Index}'s postings, whose own map of terms is what a snapshot saves; a question
 * reads only this one. Immutable and thread-safe.
 */
final class TermDictionary {
    private static final BitSet NONE = new BitSet(0);

    private final Map<String, IndexedTerm> terms;
    /** What a term the field never has gets: no postings, no entries, the highest rarity. */
    private final IndexedTerm unknown;

    private TermDictionary(Map<String, IndexedTerm> terms, IndexedTerm unknown) {
        this.terms = terms;
        this.unknown = unknown;
    }

    /**
     * @param field the postings of the field's questions
     * @param docEntry each question's entry, by number
     * @param answerTerms by entry number, the field's terms of the entry's answer
     */
    static TermDictionary of(Bm25Index.FieldPostings field, int[] docEntry, List<Set<String>> answerTerms) {
        Map<String, BitSet> inAnswers = new HashMap<>();
        for (int entry = 0; entry < answerTerms.size(); entry++) {
            for (String term : answerTerms.get(entry)) {
                inAnswers.computeIfAbsent(term, t -> new BitSet()).set(entry);
            }
        }
        int docCount = field.docCount();
        Map<String, IndexedTerm> terms = new HashMap<>((field.terms().size() + inAnswers.size()) * 2);
        field.terms().forEach((term, postings) -> {
            BitSet inQuestions = new BitSet();
            for (int doc : postings.docs()) {
                inQuestions.set(docEntry[doc]);
            }
            terms.put(term, new IndexedTerm(postings, Bm25Index.idf(postings.docs().length, docCount), inQuestions,
                    inAnswers.getOrDefault(term, NONE), terms.size()));
        });
        IndexedTerm unknown = new IndexedTerm(null, Bm25Index.idf(0, docCount), NONE, NONE, -1);
        inAnswers.forEach((term, entries) -> terms.computeIfAbsent(term,
                t -> new IndexedTerm(null, unknown.idf(), NONE, entries, terms.size())));
        return new TermDictionary(terms, unknown);
    }

    /** What the field knows of {@code term}; never null. */
    IndexedTerm get(String term) {
        IndexedTerm indexed = terms.get(term);
        return indexed == null ? unknown : indexed;
    }

    /** How many questions have {@code term}. */
    int docFreq(String term) {
        return get(term).docFreq();
    }

    /** The terms that questions have. */
    Set<String> questionTerms() {
        Set<String> inQuestions = new HashSet<>();
        terms.forEach((term, indexed) -> {
            if (indexed.postings() != null) {
                inQuestions.add(term);
            }
        });
        return inQuestions;
    }
}
