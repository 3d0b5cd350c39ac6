package com.awshiringbot.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The sentence vectors of the knowledge's questions kept in a {@link ChecksummedFile}, so that a start does not run the
 * sentence model again on every question (seconds) but only on those added since. Keyed by the question's text.
 */
final class SentenceVectorFile {
    static final String NAME = "sentence-vectors.bin";
    private static final int MAGIC = 0x41485356; // "AHSV"
    /** Changes with the model or the way a vector is made: vectors of another model must never be mixed in. */
    private static final String MODEL = "all-minilm-l6-v2-q mean-pooled unit 128-pieces";

    private SentenceVectorFile() {
    }

    /** The vectors in {@code file}, by text; empty when it does not exist. */
    static Map<String, float[]> read(Path file) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        if (!Files.exists(file)) {
            return vectors;
        }
        ByteBuffer in = ChecksummedFile.read(file);
        if (in.getInt() != MAGIC || !ChecksummedFile.readString(in).equals(MODEL)) {
            throw new IOException("not a vector file of this model");
        }
        int count = in.getInt();
        int dimensions = in.getInt();
        for (int i = 0; i < count; i++) {
            String text = ChecksummedFile.readString(in);
            float[] vector = new float[dimensions];
            in.asFloatBuffer().get(vector);
            in.position(in.position() + dimensions * Float.BYTES);
            vectors.put(text, vector);
        }
        return vectors;
    }

    static void write(Map<String, float[]> vectors, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        ChecksummedFile.writeString(out, MODEL);
        out.writeInt(vectors.size());
        out.writeInt(vectors.isEmpty() ? 0 : vectors.values().iterator().next().length);
        for (Map.Entry<String, float[]> vector : vectors.entrySet()) {
            ChecksummedFile.writeString(out, vector.getKey());
            for (float value : vector.getValue()) {
                out.writeFloat(value);
            }
        }
        out.flush();
        ChecksummedFile.write(file, bytes.toByteArray());
    }
}
