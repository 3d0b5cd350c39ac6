package com.awshiringbot.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The sentence vectors of the knowledge's English questions kept in a file, so that a start does not run the sentence
 * model again on every question (seconds) but only on those added since. Keyed by the question's text; written whole
 * under a temporary name and moved into place; a file that cannot be read (truncated, corrupt, written for another
 * model) reads as empty.
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
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        if (in.remaining() < 16) {
            throw new IOException("too short");
        }
        CRC32 crc = new CRC32();
        crc.update(in.array(), 0, in.limit() - 8);
        if (crc.getValue() != in.getLong(in.limit() - 8)) {
            throw new IOException("checksum mismatch");
        }
        if (in.getInt() != MAGIC || !readString(in).equals(MODEL)) {
            throw new IOException("not a vector file of this model");
        }
        int count = in.getInt();
        int dimensions = in.getInt();
        for (int i = 0; i < count; i++) {
            String text = readString(in);
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
        writeString(out, MODEL);
        out.writeInt(vectors.size());
        out.writeInt(vectors.isEmpty() ? 0 : vectors.values().iterator().next().length);
        for (Map.Entry<String, float[]> vector : vectors.entrySet()) {
            writeString(out, vector.getKey());
            for (float value : vector.getValue()) {
                out.writeFloat(value);
            }
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), NAME, ".tmp");
        try {
            Files.write(temporary, bytes.toByteArray());
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IOException("bad string length " + length);
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
