package com.awshiringbot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads and validates a knowledge folder: {@code sources.yaml}, {@code entries/*.yaml} (in name order), and the
 * optional {@code synonyms.txt}, {@code userdict.txt}, {@code spellings.txt} and {@code not-covered.txt}. Every problem is collected and reported at once; a
 * knowledge base with any problem is not loaded at all.
 */
public final class KnowledgeLoader {
    /** The topics an entry may have. */
    public static final List<String> TOPICS = List.of("process", "stage", "interview-tips", "leadership-principles",
            "culture", "benefits", "roles", "english", "competency", "faq", "event", "about-bot");
    /** The longest answer allowed, in characters: it must fit a phone screen. */
    public static final int ANSWER_LIMIT = 600;

    private final Path dir;
    private final ProblemList problems = new ProblemList();

    private KnowledgeLoader(Path dir) {
        this.dir = dir;
    }

    /**
     * Reads and validates the knowledge in {@code dir}.
     *
     * @throws KnowledgeException listing every problem found, each with file, line and entry id
     */
    public static KnowledgeBase load(Path dir) throws KnowledgeException {
        if (dir == null) {
            throw new IllegalArgumentException("dir is null");
        }
        return new KnowledgeLoader(dir).load();
    }

    /**
     * The user dictionary and the synonym rules of {@code dir} as their files hold them, unchecked ("" for a missing
     * or unreadable file): what the analysis chains are built from, so that they can be built while {@link #load}
     * parses and checks the rest, which takes most of a second in a fresh JVM. The knowledge base {@link #load}
     * returns is what counts: it reads them again.
     */
    public static AnalysisFiles analysisFiles(Path dir) {
        KnowledgeLoader loader = new KnowledgeLoader(Objects.requireNonNull(dir, "dir"));
        return new AnalysisFiles(loader.readOptional("userdict.txt"), loader.readOptional("synonyms.txt"));
    }

    /** The texts of {@code userdict.txt} and {@code synonyms.txt}, as {@link KnowledgeBase} holds them. */
    public record AnalysisFiles(String userDictionary, String synonyms) {
    }

    private KnowledgeBase load() throws KnowledgeException {
        if (!Files.isDirectory(dir)) {
            problems.add(name(dir), 0, null, "the knowledge folder does not exist");
            throw new KnowledgeException(problems.sorted());
        }
        Map<String, Source> sources = readSources();
        List<Draft> drafts = readEntries();
        String synonyms = readOptional("synonyms.txt");
        ResourceChecks.synonyms(synonyms, name(dir.resolve("synonyms.txt")), problems);
        String userDictionary = readOptional("userdict.txt");
        ResourceChecks.userDictionary(userDictionary, name(dir.resolve("userdict.txt")), problems);
        Map<String, String> spellings =
                ResourceChecks.spellings(readOptional("spellings.txt"), name(dir.resolve("spellings.txt")), problems);
        List<String> notCovered = ResourceChecks.notCovered(readOptional("not-covered.txt"),
                name(dir.resolve("not-covered.txt")), problems);
        List<String> notCoveredQuestions = ResourceChecks.notCoveredQuestions(
                readOptional("not-covered-questions.txt"), name(dir.resolve("not-covered-questions.txt")),
                questionOwners(drafts), problems);
        new CrossChecks(problems).run(drafts, TOPICS, sources.keySet());
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems.sorted());
        }
        return new KnowledgeBase(drafts.stream().map(Draft::toEntry).toList(), List.copyOf(sources.values()),
                synonyms, userDictionary, spellings, notCovered, notCoveredQuestions);
    }

    /** The entry of each question of {@code drafts}, by {@link QuestionKey}. */
    private static Map<String, Draft> questionOwners(List<Draft> drafts) {
        Map<String, Draft> owners = new HashMap<>();
        for (Draft draft : drafts) {
            for (List<Draft.Located> questions : List.of(draft.questionsKo, draft.questionsEn)) {
                for (Draft.Located question : questions) {
                    owners.putIfAbsent(QuestionKey.of(question.text()), draft);
                }
            }
        }
        return owners;
    }

    private Map<String, Source> readSources() {
        Path path = dir.resolve("sources.yaml");
        String file = name(path);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, null, "the file is missing; it lists the posts entries cite");
            return Map.of();
        }
        int before = problems.size();
        Optional<YamlNode> root = parse(path, file);
        if (root.isEmpty()) {
            if (problems.size() == before) {
                problems.add(file, 0, null, "the file lists no sources");
            }
            return Map.of();
        }
        return new SourceReader(file, problems).read(root.get());
    }

    private List<Draft> readEntries() {
        Path entries = dir.resolve("entries");
        List<Draft> drafts = new ArrayList<>();
        if (!Files.isDirectory(entries)) {
            problems.add(name(entries), 0, null, "the folder of entries is missing");
            return drafts;
        }
        int before = problems.size();
        List<Path> files;
        try (Stream<Path> listing = Files.list(entries)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(name(entries), 0, null, "cannot list the folder: " + e);
            return drafts;
        }
        for (Path path : files) {
            String fileName = path.getFileName().toString();
            if (fileName.endsWith(".yml")) {
                problems.add(name(path), 0, null, "entry files must end in .yaml; this one is not read");
            } else if (fileName.endsWith(".yaml")) {
                readEntryFile(path, drafts);
            }
        }
        if (drafts.isEmpty() && problems.size() == before) {
            problems.add(name(entries), 0, null, "there are no entries (entries/*.yaml)");
        }
        return drafts;
    }

    private void readEntryFile(Path path, List<Draft> drafts) {
        String file = name(path);
        Optional<YamlNode> root = parse(path, file);
        if (root.isEmpty()) {
            return;
        }
        if (root.get().kind != YamlNode.Kind.LIST) {
            problems.add(file, root.get().line, null, "expected a list of entries ('- id: ...'), found "
                    + root.get().kindName());
            return;
        }
        EntryReader reader = new EntryReader(file, problems, ANSWER_LIMIT);
        for (YamlNode node : root.get().items) {
            drafts.add(reader.read(node));
        }
    }

    /** The YAML document of a file; empty when the file is blank or after reporting why it cannot be read. */
    private Optional<YamlNode> parse(Path path, String file) {
        Optional<String> text = TextFiles.read(path, file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return YamlReader.read(text.get());
        } catch (YamlReader.SyntaxError e) {
            problems.add(file, e.line, null, "cannot parse YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private String readOptional(String fileName) {
        Path path = dir.resolve(fileName);
        if (!Files.exists(path)) {
            return "";
        }
        return TextFiles.read(path, name(path), problems).orElse("");
    }

    private static String name(Path path) {
        return path.toString().replace('\\', '/');
    }
}
