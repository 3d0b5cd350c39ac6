package com.awshiringbot.retrieval;

import org.apache.lucene.util.NumericUtils;

/**
 * The best documents of a {@link Bm25Index} search, best first: by score, then by lower document number. Each hit
 * is one sortable long, so that choosing the best few of a thousand allocates nothing per document. A search matches
 * hundreds of questions and its reader usually stops after a few dozen, so the hits are put in order only as far as
 * they are read: the matches are kept as a heap (built in linear time) and the next best taken off it on demand. For
 * the one thread that searched.
 */
final class Hits {
    /** The matches not yet read, as a heap whose root is the smallest key: the best hit left. */
    private final long[] heap;
    private int heapSize;
    /** The hits read so far, in order. */
    private final long[] ordered;
    private int orderedCount;

    private Hits(long[] heap, int size) {
        this.heap = heap;
        this.heapSize = heap.length;
        this.ordered = new long[size];
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    /** The key that sorts a higher score first, then a lower document. */
    static long key(float score, int doc) {
        return ((long) ~NumericUtils.floatToSortableInt(score) << 32) | doc;
    }

    /** The {@code n} smallest of {@code keys} (which it reorders), in order. */
    static Hits top(long[] keys, int n) {
        return new Hits(keys, Math.max(0, Math.min(n, keys.length)));
    }

    int size() {
        return ordered.length;
    }

    int doc(int i) {
        return (int) key(i);
    }

    float score(int i) {
        return NumericUtils.sortableIntToFloat(~(int) (key(i) >>> 32));
    }

    private long key(int i) {
        while (orderedCount <= i) {
            if (orderedCount == ordered.length) {
                throw new IndexOutOfBoundsException("hit " + i + " of " + ordered.length);
            }
            ordered[orderedCount++] = heap[0];
            heap[0] = heap[--heapSize];
            siftDown(0);
        }
        return ordered[i];
    }

    private void siftDown(int i) {
        long key = heap[i];
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < heapSize && heap[child + 1] < heap[child]) {
                child++;
            }
            if (key <= heap[child]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }
}
