package com.awshiringbot.retrieval;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Turns an English sentence into a vector of unit length whose dot product with another sentence's vector says how
 * close their meanings are: the sentence model all-MiniLM-L6-v2 (quantized to 8 bits), run with ONNX Runtime. About
 * ten milliseconds a sentence on one core, so the core asks it only for the few questions its lexical match leaves
 * undecided. Thread-safe.
 */
public final class SentenceEncoder {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** Word pieces read of one sentence: questions are short, and a 10,000-character message must not cost more. */
    private static final int MAX_TOKENS = 128;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /** The model shipped in the jar, loaded at first use (about a second) and shared. */
    public static SentenceEncoder shipped() {
        return Shipped.ENCODER;
    }

    /**
     * Starts loading the shipped model on a background thread and returns at once, so that a start whose question
     * vectors were all kept need not wait for it; a question that needs it first waits for the rest.
     */
    public static void loadInBackground() {
        Thread loader = new Thread(SentenceEncoder::shipped, "sentence-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private static final class Shipped {
        static final SentenceEncoder ENCODER = load();
    }

    private static SentenceEncoder load() {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // one thread a sentence: the bot answers several chats at once, each on its own thread
            options.setIntraOpNumThreads(1);
            Path model = modelFile();
            OrtSession session;
            try {
                session = environment.createSession(model.toString(), options);
            } finally {
                Files.deleteIfExists(model);
            }
            HuggingFaceTokenizer tokenizer;
            try (InputStream in = resource(TOKENIZER)) {
                tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of(
                        "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS), "padding", "false"));
            }
            return new SentenceEncoder(environment, session, tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model from the jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model: " + e.getMessage(), e);
        }
    }

    /**
     * ONNX Runtime reads a model from a file or from memory; copied to a temporary file (deleted once the session is
     * made), the 23 MB model never passes through the Java heap.
     */
    private static Path modelFile() throws IOException {
        Path file = Files.createTempFile("aws-hiring-bot-sentence-model", ".onnx");
        try (InputStream in = resource(MODEL)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the class path");
        }
        return in;
    }

    /** The vector of {@code text}: the mean of its word pieces' vectors, of unit length. */
    public float[] encode(String text) {
        Encoding encoding = tokenizer.encode(text == null ? "" : text);
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape);
                OrtSession.Result result = session.run(Map.of(
                        "input_ids", inputIds, "attention_mask", attention, "token_type_ids", types))) {
            float[][] pieces = ((float[][][]) result.get(0).getValue())[0];
            return unitMean(pieces, mask);
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed: " + e.getMessage(), e);
        }
    }

    private static float[] unitMean(float[][] pieces, long[] mask) {
        float[] mean = new float[pieces[0].length];
        for (int i = 0; i < pieces.length; i++) {
            if (mask[i] != 0) {
                for (int d = 0; d < mean.length; d++) {
                    mean[d] += pieces[i][d];
                }
            }
        }
        double norm = 0;
        for (float value : mean) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < mean.length; d++) {
            mean[d] *= scale;
        }
        return mean;
    }

    /** The dot product of two vectors of {@link #encode}: their cosine similarity, from -1 to 1. */
    public static double similarity(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
