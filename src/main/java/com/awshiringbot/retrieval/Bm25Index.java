package com.awshiringbot.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The postings of a small index that never changes, read once into arrays, and Lucene's BM25 computed over them. A
 * question of a few dozen terms costs Lucene more to set up (weights, scorers, a bulk scorer per query) than to score,
 * over a thousand documents; here a question is a few array walks. Scores are Lucene 9.12's to the last bit: the same
 * float arithmetic as {@code BM25Similarity} (k1 1.2, b 0.75), a field's clauses summed the way a nested
 * {@code BooleanQuery} sums them, and hits ordered by score, then by lower document number. Thread-safe.
 */
final class Bm25Index {
    static final float K1 = 1.2f;
    static final float B = 0.75f;
    /** What Lucene's norms decode to: document lengths as {@link SmallFloat#intToByte4} keeps them. */
    private static final float[] LENGTH_TABLE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    private final Map<String, FieldPostings> fields;
    private final ThreadLocal<Scratch> scratch;

    Bm25Index(int maxDoc, List<FieldPostings> fields) {
        this.fields = new HashMap<>();
        for (FieldPostings field : fields) {
            this.fields.put(field.name(), field);
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(maxDoc));
    }

    /** Reads the postings, frequencies, norms and statistics of {@code fieldNames} from {@code reader}. */
    static Bm25Index read(IndexReader reader, List<String> fieldNames) throws IOException {
        List<FieldPostings> fields = new ArrayList<>();
        for (String name : fieldNames) {
            fields.add(readField(reader, name));
        }
        return new Bm25Index(reader.maxDoc(), fields);
    }

    private static FieldPostings readField(IndexReader reader, String name) throws IOException {
        Map<String, List<int[]>> postings = new HashMap<>(); // term -> (doc, freq) pairs, leaf by leaf
        byte[] norms = new byte[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNormValues(name);
            if (values != null) {
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    norms[leaf.docBase + doc] = (byte) values.longValue();
                }
            }
            Terms terms = leaf.reader().terms(name);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            PostingsEnum docs = null;
            for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                List<int[]> pairs = postings.computeIfAbsent(bytes.utf8ToString(), t -> new ArrayList<>());
                docs = each.postings(docs, PostingsEnum.FREQS);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    pairs.add(new int[] {leaf.docBase + doc, docs.freq()});
                }
            }
        }
        Map<String, int[][]> terms = new HashMap<>();
        postings.forEach((term, pairs) -> {
            int[] docs = new int[pairs.size()];
            int[] freqs = new int[pairs.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = pairs.get(i)[0];
                freqs[i] = pairs.get(i)[1];
            }
            terms.put(term, new int[][] {docs, freqs});
        });
        return new FieldPostings(name, reader.getDocCount(name), reader.getSumTotalTermFreq(name), norms, terms);
    }

    /** The postings of {@code field}; null for a field not read. */
    FieldPostings field(String name) {
        return fields.get(name);
    }

    /** The postings of {@code term} in {@code field}; null for a term not indexed. */
    TermPostings postings(String field, String term) {
        FieldPostings postings = fields.get(field);
        return postings == null ? null : postings.terms().get(term);
    }

    /** The fields as read, for a snapshot. */
    List<FieldPostings> fields() {
        return List.copyOf(fields.values());
    }

    /**
     * The {@code n} best documents for {@code query}, best first; ties go to the lower document number, as Lucene's
     * {@code TopScoreDocCollector} breaks them.
     */
    Hits search(Bm25Query query, int n) {
        Scratch s = scratch.get();
        score(query, s);
        long[] keys = new long[s.matched];
        for (int i = 0; i < s.matched; i++) {
            int doc = s.touched[i];
            keys[i] = Hits.key((float) s.total[doc], doc);
            s.inTotal[doc] = false;
        }
        return Hits.top(keys, n);
    }

    /** The best score among the documents {@code accepted} that match {@code query}; 0 when none does. */
    float bestScore(Bm25Query query, IntPredicate accepted) {
        Scratch s = scratch.get();
        score(query, s);
        float best = 0;
        for (int i = 0; i < s.matched; i++) {
            int doc = s.touched[i];
            s.inTotal[doc] = false;
            if (accepted.test(doc)) {
                best = Math.max(best, (float) s.total[doc]);
            }
        }
        return best;
    }

    /**
     * Sums each matching document's clause scores into {@code s.total}. Lucene sums a disjunction's clause scores in
     * a double and casts the sum to float; a field's clauses under a boost other than 1 stay a disjunction of their
     * own (summed and cast on their own), while under boost 1 {@code BooleanQuery.rewrite} inlines them into the
     * top level. Summing floats of such magnitudes in a double is exact, so the order of the terms does not matter.
     */
    private void score(Bm25Query query, Scratch s) {
        s.matched = 0;
        for (Bm25Query.Group group : query.groups()) {
            if (group.boost() == 1f) {
                for (int t = 0; t < group.size(); t++) {
                    addTerm(group.postings(t), group.boost() * group.termBoost(t), s.total, s.inTotal, s, true);
                }
            } else {
                s.groupMatched = 0;
                for (int t = 0; t < group.size(); t++) {
                    addTerm(group.postings(t), group.boost() * group.termBoost(t), s.group, s.inGroup, s, false);
                }
                for (int i = 0; i < s.groupMatched; i++) {
                    int doc = s.groupTouched[i];
                    s.inGroup[doc] = false;
                    float sum = (float) s.group[doc];
                    if (!s.inTotal[doc]) {
                        s.inTotal[doc] = true;
                        s.total[doc] = 0;
                        s.touched[s.matched++] = doc;
                    }
                    s.total[doc] += sum;
                }
            }
        }
    }

    private static void addTerm(TermPostings postings, float boost, double[] sums, boolean[] seen, Scratch s,
            boolean top) {
        int[] docs = postings.docs();
        float[] denominators = postings.denominators();
        float weight = boost * postings.idf();
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i];
            float score = weight - weight / denominators[i];
            if (!seen[doc]) {
                seen[doc] = true;
                sums[doc] = 0;
                if (top) {
                    s.touched[s.matched++] = doc;
                } else {
                    s.groupTouched[s.groupMatched++] = doc;
                }
            }
            sums[doc] += score;
        }
    }

    /** {@code BM25Similarity.idf} before its cast to float, which the coverage's rarity weights do without. */
    static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    /** A field's postings and statistics. */
    static final class FieldPostings {
        private final String name;
        private final int docCount;
        private final long sumTotalTermFreq;
        private final byte[] norms;
        private final Map<String, TermPostings> terms;

        /**
         * @param norms each document's encoded length, as Lucene's norms hold it
         * @param postings each term's documents in increasing order and its frequency in each
         */
        FieldPostings(String name, int docCount, long sumTotalTermFreq, byte[] norms, Map<String, int[][]> postings) {
            this.name = name;
            this.docCount = docCount;
            this.sumTotalTermFreq = sumTotalTermFreq;
            this.norms = norms;
            float[] inverses = normInverses(docCount, sumTotalTermFreq);
            this.terms = new HashMap<>(postings.size() * 2);
            postings.forEach((term, docsAndFreqs) -> terms.put(term,
                    new TermPostings(docsAndFreqs[0], docsAndFreqs[1], norms, inverses, docCount)));
        }

        String name() {
            return name;
        }

        int docCount() {
            return docCount;
        }

        long sumTotalTermFreq() {
            return sumTotalTermFreq;
        }

        byte[] norms() {
            return norms;
        }

        Map<String, TermPostings> terms() {
            return terms;
        }

        /** {@code 1 / (k1 * (1 - b + b * length / avgdl))} for each encoded length, as BM25Similarity caches it. */
        private static float[] normInverses(int docCount, long sumTotalTermFreq) {
            float avgdl = (float) (sumTotalTermFreq / (double) docCount);
            float[] cache = new float[256];
            for (int i = 0; i < cache.length; i++) {
                cache[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
            }
            return cache;
        }
    }

    /**
     * A term's documents in increasing order, its frequency in each, per document {@code 1 + freq * normInverse}
     * (the part of BM25's {@code weight - weight / (1 + freq * normInverse)} that does not depend on the query), and
     * its idf as Lucene's {@code BM25Similarity} casts it to float: worked out once with the same float operations.
     */
    record TermPostings(int[] docs, int[] freqs, float[] denominators, float idf) {
        TermPostings(int[] docs, int[] freqs, byte[] norms, float[] normInverses, int docCount) {
            this(docs, freqs, denominatorsOf(docs, freqs, norms, normInverses), (float) Bm25Index.idf(docs.length, docCount));
        }

        private static float[] denominatorsOf(int[] docs, int[] freqs, byte[] norms, float[] normInverses) {
            float[] denominators = new float[docs.length];
            for (int i = 0; i < docs.length; i++) {
                float freq = freqs[i];
                denominators[i] = 1f + freq * normInverses[norms[docs[i]] & 0xFF];
            }
            return denominators;
        }
    }

    /** Per-thread sums and marks, reset by walking only the documents they touched. */
    private static final class Scratch {
        final double[] total;
        final boolean[] inTotal;
        final int[] touched;
        int matched;
        final double[] group;
        final boolean[] inGroup;
        final int[] groupTouched;
        int groupMatched;

        Scratch(int maxDoc) {
            total = new double[maxDoc];
            inTotal = new boolean[maxDoc];
            touched = new int[maxDoc];
            group = new double[maxDoc];
            inGroup = new boolean[maxDoc];
            groupTouched = new int[maxDoc];
        }
    }
}
