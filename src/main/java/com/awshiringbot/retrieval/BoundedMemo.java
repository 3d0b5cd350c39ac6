package com.awshiringbot.retrieval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a function gave for each key, so that the typo repairs do not run Nori again on the words that recur
 * from question to question (면접, 어떻게, 해요), while the words of every user's questions cannot grow it without bound.
 * It keeps two generations of keys: the keys used since the last turn, and those used in the generation before; a
 * key of the older one that is used again moves to the newer. When the newer has {@code capacity} keys, a turn drops
 * the older and starts a new one: the keys that keep recurring stay remembered however many others come (a memo that
 * stopped remembering once full ran Nori again on every word it met after). Thread-safe; a key may be computed twice
 * at once, and a turn may lose a key remembered at the same time (it is computed again when next used).
 */
final class BoundedMemo<K, V> {
    private final int capacity;
    private final Function<K, V> compute;
    private volatile Map<K, V> recent = new ConcurrentHashMap<>();
    private volatile Map<K, V> older = new ConcurrentHashMap<>();

    /**
     * @param capacity the keys of one generation: at most about twice as many are remembered
     */
    BoundedMemo(int capacity, Function<K, V> compute) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " < 1");
        }
        this.capacity = capacity;
        this.compute = compute;
    }

    V get(K key) {
        Map<K, V> into = recent;
        V value = into.get(key);
        if (value != null) {
            return value;
        }
        value = older.get(key);
        if (value == null) {
            value = compute.apply(key);
        }
        into.put(key, value);
        if (into.size() >= capacity) {
            turn(into);
        }
        return value;
    }

    /** The number of keys remembered now. */
    int size() {
        return recent.size() + older.size();
    }

    private synchronized void turn(Map<K, V> full) {
        if (recent == full) { // another thread may have turned it already
            older = full;
            recent = new ConcurrentHashMap<>();
        }
    }
}
