package com.awshiringbot.retrieval;

import java.util.Arrays;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.NumericUtils;

/**
 * The best documents of a {@link Bm25Index} search, best first: by score, then by lower document number. Each hit
 * is one sortable long, so that choosing the best few of a thousand allocates nothing per document.
 */
final class Hits {
    private final long[] keys;

    private Hits(long[] keys) {
        this.keys = keys;
    }

    /** The key that sorts a higher score first, then a lower document. */
    static long key(float score, int doc) {
        return ((long) ~NumericUtils.floatToSortableInt(score) << 32) | doc;
    }

    /** The {@code n} smallest of {@code keys}, in order. */
    static Hits top(long[] keys, int n) {
        if (n <= 0) {
            return new Hits(new long[0]);
        }
        if (keys.length <= n) {
            Arrays.sort(keys);
            return new Hits(keys);
        }
        // Lucene's heap keeps the largest values: it holds the keys negated, so that its top is the worst hit kept
        // (a key is never Long.MIN_VALUE, which only a NaN score would give)
        LongHeap kept = new LongHeap(n);
        for (long key : keys) {
            kept.insertWithOverflow(-key);
        }
        long[] best = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            best[i] = -kept.pop();
        }
        return new Hits(best);
    }

    int size() {
        return keys.length;
    }

    int doc(int i) {
        return (int) keys[i];
    }

    float score(int i) {
        return NumericUtils.sortableIntToFloat(~(int) (keys[i] >>> 32));
    }
}
