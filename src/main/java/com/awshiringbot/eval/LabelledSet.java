package com.awshiringbot.eval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labelled questions of {@code knowledge/eval/}: {@code question<TAB>expected-id} lines, {@code -} for a
 * question the knowledge does not cover, {@code #} for comments. Files under a folder named {@code tune} or
 * {@code heldout} belong to that part; any other file to the part {@code set}.
 */
public final class LabelledSet {
    /** The parts in report order. */
    public static final List<String> PARTS = List.of("tune", "heldout", "set");
    static final String OUT_OF_SCOPE = "-";

    private final List<LabelledQuestion> questions;
    private final List<String> warnings;

    private LabelledSet(List<LabelledQuestion> questions, List<String> warnings) {
        this.questions = List.copyOf(questions);
        this.warnings = List.copyOf(warnings);
    }

    /** A set built in code, for tests and tools. */
    public static LabelledSet of(List<LabelledQuestion> questions) {
        return new LabelledSet(questions, List.of());
    }

    /**
     * Reads a {@code .tsv} file or every {@code .tsv} file under a folder (sorted by path), checking each expected id
     * against {@code knowledge}.
     *
     * @throws LabelledSetException listing every malformed line and unknown id, each as {@code file:line: problem}
     */
    public static LabelledSet read(Path fileOrFolder, KnowledgeBase knowledge) throws LabelledSetException {
        List<Path> files = files(fileOrFolder);
        List<LabelledQuestion> questions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            readFile(file, part(fileOrFolder, file), knowledge, questions, problems);
        }
        if (!problems.isEmpty()) {
            throw new LabelledSetException(problems);
        }
        questions.sort(Comparator.comparing(q -> PARTS.indexOf(q.part())));
        return new LabelledSet(questions, warnings(questions, knowledge));
    }

    /** Every question, part by part in report order, then in file order. */
    public List<LabelledQuestion> questions() {
        return questions;
    }

    /** The questions of one part, in file order. */
    public List<LabelledQuestion> part(String part) {
        return questions.stream().filter(q -> q.part().equals(part)).toList();
    }

    /** The parts that hold questions, in report order. */
    public List<String> parts() {
        return PARTS.stream().filter(p -> questions.stream().anyMatch(q -> q.part().equals(p))).toList();
    }

    /**
     * What is suspicious but not wrong: a question labelled twice (within or across parts — a held-out question that
     * is also a tuning one is not held out), or a question copied from an entry's own question list.
     */
    public List<String> warnings() {
        return warnings;
    }

    private static List<Path> files(Path fileOrFolder) throws LabelledSetException {
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new LabelledSetException(List.of(fileOrFolder + ": no such file or folder"));
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".tsv"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
            if (files.isEmpty()) {
                throw new LabelledSetException(List.of(fileOrFolder + ": no .tsv files"));
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new LabelledSetException(List.of(fileOrFolder + ": cannot read: " + e.getMessage()));
        }
    }

    private static String part(Path root, Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path top = Files.isDirectory(root) ? root.toAbsolutePath().normalize() : folder;
        for (Path p = folder; p != null && p.startsWith(top); p = p.getParent()) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.equals("tune") || name.equals("heldout")) {
                return name;
            }
        }
        return "set";
    }

    private static void readFile(Path file, String part, KnowledgeBase knowledge,
            List<LabelledQuestion> questions, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problems.add(file + ": not valid UTF-8");
            return;
        } catch (IOException e) {
            problems.add(file + ": cannot read: " + e.getMessage());
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String location = file + ":" + (i + 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                problems.add(location + ": expected 'question<TAB>expected-id' (or '-' for out of scope), got '"
                        + line + "'");
                continue;
            }
            String id = fields[1].strip();
            if (!id.equals(OUT_OF_SCOPE) && knowledge.entry(id).isEmpty()) {
                problems.add(location + ": expected id '" + id + "' is not an entry of the knowledge base");
                continue;
            }
            questions.add(new LabelledQuestion(fields[0].strip(), id.equals(OUT_OF_SCOPE) ? null : id, part, location));
        }
    }

    private static List<String> warnings(List<LabelledQuestion> questions, KnowledgeBase knowledge) {
        Map<String, String> ownQuestions = new HashMap<>();
        for (Entry entry : knowledge.entries()) {
            for (Language language : Language.values()) {
                for (String q : entry.questions().in(language)) {
                    ownQuestions.putIfAbsent(comparable(q), entry.id());
                }
            }
        }
        Set<String> warnings = new LinkedHashSet<>();
        Map<String, LabelledQuestion> seen = new HashMap<>();
        for (LabelledQuestion q : questions) {
            String key = comparable(q.question());
            LabelledQuestion first = seen.putIfAbsent(key, q);
            if (first != null) {
                warnings.add(q.location() + ": '" + q.question() + "' is labelled again (first at " + first.location()
                        + ")");
            }
            String owner = ownQuestions.get(key);
            if (owner != null) {
                warnings.add(q.location() + ": '" + q.question() + "' is one of entry '" + owner
                        + "''s own questions, so it measures nothing");
            }
        }
        return List.copyOf(warnings);
    }

    /**
     * The question ignoring case, spaces and punctuation, as the knowledge compares questions; a question of nothing
     * but symbols (emoji) is compared as it is.
     */
    static String comparable(String question) {
        String normalized = Normalizer.normalize(question, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String letters = normalized.replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]+", "");
        return letters.isEmpty() ? normalized.strip() : letters;
    }
}
