package com.awshiringbot.retrieval;

import java.util.Arrays;

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
        int bits = Float.floatToIntBits(score);
        int sortable = bits ^ ((bits >> 31) & 0x7fffffff); // orders as the floats do, negative ones included
        return ((long) ~sortable << 32) | doc;
    }

    /** The {@code n} smallest of {@code keys}, in order: a bounded max-heap, then a sort of what it kept. */
    static Hits top(long[] keys, int n) {
        if (n <= 0) {
            return new Hits(new long[0]);
        }
        if (keys.length <= n) {
            Arrays.sort(keys);
            return new Hits(keys);
        }
        long[] heap = Arrays.copyOf(keys, n);
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(heap, i, n);
        }
        for (int i = n; i < keys.length; i++) {
            if (keys[i] < heap[0]) {
                heap[0] = keys[i];
                siftDown(heap, 0, n);
            }
        }
        Arrays.sort(heap);
        return new Hits(heap);
    }

    private static void siftDown(long[] heap, int at, int size) {
        long moving = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= moving) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = moving;
    }

    int size() {
        return keys.length;
    }

    int doc(int i) {
        return (int) keys[i];
    }

    float score(int i) {
        int sortable = ~(int) (keys[i] >>> 32);
        int bits = sortable ^ ((sortable >> 31) & 0x7fffffff);
        return Float.intBitsToFloat(bits);
    }
}
