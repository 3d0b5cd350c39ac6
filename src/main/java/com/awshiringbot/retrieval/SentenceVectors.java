package com.awshiringbot.retrieval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence vectors of the knowledge's questions, encoded once: remembered in memory for the next index over the
 * same questions (a reload, a leave-one-out round) and, given a folder, kept in a file for the next start, which then
 * encodes only the questions added since. A file that cannot be read is ignored with a warning and written again.
 * Thread-safe.
 */
public final class SentenceVectors {
    private static final Logger log = LoggerFactory.getLogger(SentenceVectors.class);
    /**
     * Every knowledge question encoded in this process, by text (there is one model, {@link SentenceEncoder#shipped}):
     * a core built again over the same knowledge, with another folder or none, encodes nothing. Grows only with
     * edits of the knowledge, which are few; users' questions are never put here.
     */
    private static final Map<String, float[]> ENCODED = new ConcurrentHashMap<>();

    private final Path file;
    private final Map<String, float[]> known = new ConcurrentHashMap<>();
    private boolean fileRead;

    /**
     * @param folder where the vectors file is kept; null: in memory only
     */
    public SentenceVectors(Path folder) {
        this.file = folder == null ? null : folder.resolve(SentenceVectorFile.NAME);
    }

    /** The vector of each of {@code texts}, encoding (on all cores) and saving those not known yet. */
    public synchronized Map<String, float[]> of(Collection<String> texts) {
        if (file != null && !fileRead && !known.keySet().containsAll(texts)) {
            fileRead = true;
            readFile();
        }
        List<String> missing = texts.stream().distinct().filter(text -> !known.containsKey(text)).toList();
        missing.parallelStream().forEach(text -> known.put(text, ENCODED.computeIfAbsent(text, SentenceVectors::encode)));
        if (file != null && !missing.isEmpty()) {
            try {
                SentenceVectorFile.write(known, file);
            } catch (IOException e) {
                log.warn("Could not save the sentence vectors to {} ({}); the next start encodes them again", file,
                        e.toString());
            }
        }
        Map<String, float[]> vectors = new HashMap<>();
        texts.forEach(text -> vectors.put(text, known.get(text)));
        return vectors;
    }

    /** {@code text}'s vector by the shipped model, loaded at first use when all questions' vectors were kept. */
    static float[] encode(String text) {
        return SentenceEncoder.shipped().encode(text);
    }

    private void readFile() {
        try {
            SentenceVectorFile.read(file).forEach(known::putIfAbsent);
            known.forEach(ENCODED::putIfAbsent);
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring the sentence vectors in {} ({}); encoding the questions again", file, e.toString());
        }
    }
}
