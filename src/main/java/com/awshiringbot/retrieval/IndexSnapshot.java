package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.util.Version;

/**
 * A built question index kept in a file, so that a start with unchanged knowledge reads it back (tens of
 * milliseconds) instead of indexing every question with Nori and Lucene (more than a second in a fresh JVM).
 *
 * <p>The file is named by a hash of everything the build depends on: the knowledge's entries, synonyms and user
 * dictionary, the analysis options, Lucene's version, the snapshot format and the code of the analysis chains (the
 * bytes of their classes), so a change to any of them reads as a miss, never as a stale index. A file is written
 * whole under a temporary name and then moved into place; one that cannot be read (truncated, corrupt, another
 * format) is a miss too, and the caller rebuilds.
 */
final class IndexSnapshot {
    private static final int MAGIC = 0x41484958; // "AHIX"
    private static final int FORMAT = 1;
    private static final String SUFFIX = ".bin";
    /** Snapshots kept in the folder: the newest few, so that switching between knowledge versions stays quick. */
    private static final int KEPT = 4;
    /** The classes whose code decides what the build yields. */
    private static final List<Class<?>> BUILD_CODE = List.of(
            IndexSnapshot.class, BuiltQuestions.class, Bm25Index.class, Analyzers.class, AnalysisOptions.class,
            KoreanMorphemeAnalyzer.class, KoreanBigramAnalyzer.class, EnglishQuestionAnalyzer.class,
            KoreanStopFilter.class, ArticleFilter.class, PositionGapFilter.class, ScriptBoundaries.class,
            TextNormalizer.class, Field.class, SynonymRules.class);

    private IndexSnapshot() {
    }

    /** The file name, without folder, of the snapshot of {@code knowledge} analysed with {@code options}. */
    static String name(KnowledgeBase knowledge, AnalysisOptions options) {
        MessageDigest digest = sha256();
        HashInput in = new HashInput(digest);
        in.add("format " + FORMAT);
        in.add("lucene " + Version.LATEST);
        in.add("options " + options.decompound() + " " + options.stopTags().stream().map(Enum::name).sorted().toList()
                + " " + options.joinHangulWords());
        for (Class<?> type : BUILD_CODE) {
            in.add(type.getName());
            digest.update(classBytes(type));
        }
        for (Entry entry : knowledge.entries()) {
            in.add("entry " + entry.id());
            for (Language language : Language.values()) {
                List<String> questions = entry.questions().in(language);
                in.add(language + " questions " + questions.size());
                questions.forEach(in::add);
                in.add(entry.answer().in(language));
            }
        }
        in.add(knowledge.synonyms());
        in.add(knowledge.userDictionary());
        return HexFormat.of().formatHex(digest.digest(), 0, 16) + SUFFIX;
    }

    private static byte[] classBytes(Class<?> type) {
        String resource = type.getSimpleName() + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("class file not found: " + type.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the class file of " + type.getName(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Length-prefixed strings into a digest, so that no two different sequences hash the same bytes. */
    private record HashInput(MessageDigest digest) {
        void add(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8), (byte) bytes.length});
            digest.update(bytes);
        }
    }

    /** Writes {@code built} to {@code file}: whole under a temporary name, then moved into place. */
    static void write(BuiltQuestions built, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        writeBody(built, out);
        out.flush();
        ChecksummedFile.write(file, bytes.toByteArray());
        prune(file);
    }

    /** Deletes all but the newest {@link #KEPT} snapshots of the folder, {@code kept} always among them. */
    private static void prune(Path kept) {
        try (Stream<Path> files = Files.list(kept.getParent())) {
            List<Path> others = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .filter(f -> !f.equals(kept))
                    .sorted((a, b) -> lastModified(b).compareTo(lastModified(a)))
                    .toList();
            for (Path old : others.subList(Math.min(others.size(), KEPT - 1), others.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // an old snapshot left behind costs disk space, nothing else
        }
    }

    private static java.nio.file.attribute.FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static void writeBody(BuiltQuestions built, DataOutputStream out) throws IOException {
        List<String> ids = built.entryIds();
        Map<String, Integer> ordinals = new HashMap<>();
        out.writeInt(ids.size());
        for (String id : ids) {
            ordinals.put(id, ordinals.size());
            ChecksummedFile.writeString(out, id);
            Map<Field, Set<String>> answer = built.answerTerms().get(id);
            for (Field field : Field.values()) {
                writeStrings(out, answer.get(field));
            }
        }
        out.writeInt(built.size());
        for (int doc = 0; doc < built.size(); doc++) {
            out.writeInt(ordinals.get(built.entry(doc)));
            ChecksummedFile.writeString(out, built.text(doc));
        }
        List<Bm25Index.FieldPostings> fields = built.postings().fields();
        out.writeInt(fields.size());
        for (Bm25Index.FieldPostings field : fields) {
            ChecksummedFile.writeString(out, field.name());
            out.writeInt(field.docCount());
            out.writeLong(field.sumTotalTermFreq());
            out.writeInt(field.norms().length);
            out.write(field.norms());
            out.writeInt(field.terms().size());
            for (Map.Entry<String, Bm25Index.TermPostings> term : field.terms().entrySet()) {
                ChecksummedFile.writeString(out, term.getKey());
                int[] docs = term.getValue().docs();
                int[] freqs = term.getValue().freqs();
                out.writeInt(docs.length);
                for (int i = 0; i < docs.length; i++) {
                    out.writeInt(docs[i]);
                    out.writeInt(freqs[i]);
                }
            }
        }
    }

    /**
     * Reads the snapshot in {@code file}.
     *
     * @throws IOException when the file is missing, unreadable, truncated, corrupt or of another format
     */
    static BuiltQuestions read(Path file) throws IOException {
        ByteBuffer in = ChecksummedFile.read(file);
        if (in.getInt() != MAGIC) {
            throw new IOException("not a question index snapshot");
        }
        int format = in.getInt();
        if (format != FORMAT) {
            throw new IOException("snapshot format " + format + ", expected " + FORMAT);
        }
        try {
            return readBody(in);
        } catch (RuntimeException e) { // a negative size, a read past the end: as corrupt as a bad checksum
            throw new IOException("inconsistent snapshot: " + e, e);
        }
    }

    private static BuiltQuestions readBody(ByteBuffer in) throws IOException {
        int entries = in.getInt();
        String[] ids = new String[entries];
        Map<String, Map<Field, Set<String>>> answerTerms = new LinkedHashMap<>();
        for (int e = 0; e < entries; e++) {
            ids[e] = ChecksummedFile.readString(in);
            Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
            for (Field field : Field.values()) {
                terms.put(field, readStrings(in));
            }
            answerTerms.put(ids[e], terms);
        }
        int docs = in.getInt();
        String[] docEntry = new String[docs];
        String[] docText = new String[docs];
        for (int doc = 0; doc < docs; doc++) {
            docEntry[doc] = ids[in.getInt()];
            docText[doc] = ChecksummedFile.readString(in);
        }
        int fieldCount = in.getInt();
        List<Bm25Index.FieldPostings> fields = new ArrayList<>(fieldCount);
        for (int f = 0; f < fieldCount; f++) {
            String name = ChecksummedFile.readString(in);
            int docCount = in.getInt();
            long sumTotalTermFreq = in.getLong();
            byte[] norms = new byte[in.getInt()];
            in.get(norms);
            int termCount = in.getInt();
            Map<String, int[][]> postings = new HashMap<>(termCount * 2);
            for (int t = 0; t < termCount; t++) {
                String term = ChecksummedFile.readString(in);
                int length = in.getInt();
                int[] termDocs = new int[length];
                int[] freqs = new int[length];
                for (int i = 0; i < length; i++) {
                    termDocs[i] = in.getInt();
                    freqs[i] = in.getInt();
                    if (termDocs[i] < 0 || termDocs[i] >= docs) {
                        throw new IOException("document " + termDocs[i] + " out of range in field " + name);
                    }
                }
                postings.put(term, new int[][] {termDocs, freqs});
            }
            fields.add(new Bm25Index.FieldPostings(name, docCount, sumTotalTermFreq, norms, postings));
        }
        if (in.hasRemaining()) {
            throw new IOException(in.remaining() + " bytes after the end of the snapshot");
        }
        return new BuiltQuestions(new Bm25Index(docs, fields), docEntry, docText, answerTerms);
    }

    private static void writeStrings(DataOutputStream out, Set<String> strings) throws IOException {
        List<String> sorted = new ArrayList<>(strings);
        sorted.sort(null); // the same knowledge writes the same bytes
        out.writeInt(sorted.size());
        for (String text : sorted) {
            ChecksummedFile.writeString(out, text);
        }
    }

    private static Set<String> readStrings(ByteBuffer in) throws IOException {
        int count = in.getInt();
        Set<String> strings = new HashSet<>(Math.max(16, count * 2));
        for (int i = 0; i < count; i++) {
            strings.add(ChecksummedFile.readString(in));
        }
        return strings;
    }
}
