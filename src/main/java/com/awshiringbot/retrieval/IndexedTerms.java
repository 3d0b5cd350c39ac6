package com.awshiringbot.retrieval;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Every term of the searched fields with its statistics and place in the index, read once when the index is built.
 * The index never changes, so a query's terms need no lookup in the term dictionary: Lucene would otherwise seek each
 * term once to weigh it and again for the coverage's rarity, which was a third of the time of a question.
 */
final class IndexedTerms {
    private final IndexReader reader;
    private final IndexReaderContext top;
    private final Map<Term, TermStates> states = new HashMap<>();
    /** What Lucene finds for a term in no document: no state in any segment, no statistics. */
    private final TermStates absent;

    IndexedTerms(IndexReader reader) throws IOException {
        this.reader = reader;
        this.top = reader.getContext();
        this.absent = new TermStates(top);
        for (LeafReaderContext leaf : reader.leaves()) {
            for (Field field : Field.values()) {
                Terms terms = leaf.reader().terms(field.fieldName());
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                    states.computeIfAbsent(new Term(field.fieldName(), BytesRef.deepCopyOf(bytes)),
                                    term -> new TermStates(top))
                            .register(each.termState(), leaf.ord, each.docFreq(), each.totalTermFreq());
                }
            }
        }
    }

    /** A query for {@code term} that carries its statistics, so Lucene need not look them up. */
    TermQuery query(Term term) {
        return new TermQuery(term, states.getOrDefault(term, absent));
    }

    /** How many documents hold {@code term}; 0 for a term not indexed. */
    int docFreq(Term term) {
        TermStates known = states.get(term);
        return known == null ? 0 : known.docFreq();
    }

    /** Calls {@code each} for every term of every document: what the analysis chains made of the indexed texts. */
    void forEachOccurrence(Occurrence each) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            for (Field field : Field.values()) {
                Terms terms = leaf.reader().terms(field.fieldName());
                if (terms == null) {
                    continue;
                }
                TermsEnum term = terms.iterator();
                PostingsEnum docs = null;
                for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
                    String text = bytes.utf8ToString();
                    docs = term.postings(docs, PostingsEnum.NONE);
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        each.occurs(field, text, leaf.docBase + doc);
                    }
                }
            }
        }
    }

    /** A term of a field in a document. */
    @FunctionalInterface
    interface Occurrence {
        void occurs(Field field, String term, int doc);
    }

    /** The number of terms read. */
    int size() {
        return states.size();
    }
}
