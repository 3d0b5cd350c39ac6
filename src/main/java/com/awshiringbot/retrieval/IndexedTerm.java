package com.awshiringbot.retrieval;

import java.util.BitSet;

/**
 * All the index knows of one term of a field, everything a question's term is looked up for: its postings (for BM25),
 * its rarity (for the coverage's weights) and the entries that have it in their questions and in their answer.
 *
 * @param postings the questions having the term; null when none has it
 * @param idf BM25's inverse document frequency of the term, before Lucene's cast to float
 * @param inQuestions the entries, by number, whose questions have the term; never modified
 * @param inAnswers the entries whose answer has it; never modified
 * @param number the term's number in its field's dictionary, from 0; -1 for every term the field lacks
 */
record IndexedTerm(Bm25Index.TermPostings postings, double idf, BitSet inQuestions, BitSet inAnswers, int number) {

    /** How many questions have the term. */
    int docFreq() {
        return postings == null ? 0 : postings.docs().length;
    }
}
