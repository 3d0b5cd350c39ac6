package com.awshiringbot.retrieval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a function gave for each key, up to a fixed number of keys (then it only computes), so that the
 * typo repairs do not run Nori again on the words that recur from question to question (면접, 어떻게, 해요) while the
 * words of every user's questions cannot grow it without bound. Thread-safe; a key may be computed twice at once.
 */
final class BoundedMemo<K, V> {
    private final int capacity;
    private final Function<K, V> compute;
    private final Map<K, V> remembered = new ConcurrentHashMap<>();

    BoundedMemo(int capacity, Function<K, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    V get(K key) {
        V earlier = remembered.get(key);
        if (earlier != null) {
            return earlier;
        }
        V value = compute.apply(key);
        if (remembered.size() < capacity) {
            remembered.put(key, value);
        }
        return value;
    }
}
