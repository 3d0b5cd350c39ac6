package com.awshiringbot.bench;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The mixed Korean, English and out-of-scope questions the benchmark asks, interleaved so that every stretch of
 * the list has all three kinds. Taken from the labelled set ({@code knowledge/eval/**}{@code /*.tsv},
 * {@code question<TAB>expected-id}, {@code -} = out of scope).
 */
public final class QuestionSet {
    /** Out-of-scope questions used when the knowledge has no labelled set yet. */
    public static final List<String> BUILT_IN_OUT_OF_SCOPE = List.of(
            "AWS 연봉 얼마야?", "아마존 스톡옵션 얼마나 줘요", "구글 면접은 어때요?", "S3 버킷 어떻게 만들어요?",
            "EC2 인스턴스가 안 켜져요", "람다 콜드스타트 줄이는 법", "ㅋㅋㅋㅋ", "오늘 점심 뭐 먹지",
            "How much does an AWS engineer earn?", "How do I configure cloud-init on EC2?",
            "What is the Google interview like?", "*:* OR title:[a TO z]", "<script>alert(1)</script>",
            "SELECT * FROM users;", "12345", "🙂🙂🙂");
    private final List<BenchQuestion> questions;
    private final String origin;

    private QuestionSet(List<BenchQuestion> questions, String origin) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions to benchmark from " + origin);
        }
        this.questions = interleave(questions);
        this.origin = origin;
    }

    /** Reads every {@code *.tsv} under {@code evalDir} (recursively, in path order). */
    public static QuestionSet fromEvalDir(Path evalDir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(evalDir)) {
            files = walk.filter(p -> p.toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the labelled questions in " + evalDir, e);
        }
        List<BenchQuestion> questions = new ArrayList<>();
        for (Path file : files) {
            questions.addAll(readTsv(file));
        }
        return new QuestionSet(questions, files.size() + " files under " + evalDir);
    }

    /**
     * The labelled set when {@code evalDir} has one, otherwise every question of every entry plus
     * {@code outOfScope}: the benchmark still runs on a knowledge base that has no labelled set yet.
     */
    public static QuestionSet load(Path evalDir, KnowledgeBase knowledge, List<String> outOfScope) {
        if (Files.isDirectory(evalDir)) {
            try (Stream<Path> walk = Files.walk(evalDir)) {
                if (walk.anyMatch(p -> p.toString().endsWith(".tsv"))) {
                    return fromEvalDir(evalDir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the labelled questions in " + evalDir, e);
            }
        }
        List<BenchQuestion> questions = new ArrayList<>();
        for (Entry entry : knowledge.entries()) {
            for (String q : entry.questions().ko()) {
                questions.add(new BenchQuestion(q, BenchQuestion.languageOf(q), entry.id()));
            }
            for (String q : entry.questions().en()) {
                questions.add(new BenchQuestion(q, BenchQuestion.languageOf(q), entry.id()));
            }
        }
        outOfScope.forEach(q -> questions.add(new BenchQuestion(q, BenchQuestion.Kind.OUT_OF_SCOPE, null)));
        return new QuestionSet(questions, "the entries' own questions and " + outOfScope.size()
                + " built-in out-of-scope ones (no labelled set in " + evalDir + ")");
    }

    /** Questions given directly: for tests. */
    public static QuestionSet of(List<BenchQuestion> questions) {
        return new QuestionSet(questions, "a given list");
    }

    /** The questions, the kinds interleaved. */
    public List<BenchQuestion> questions() {
        return questions;
    }

    public int size() {
        return questions.size();
    }

    /** Where the questions came from, for the report. */
    public String origin() {
        return origin;
    }

    /** How many questions of each kind. */
    public Map<BenchQuestion.Kind, Integer> counts() {
        Map<BenchQuestion.Kind, Integer> counts = new EnumMap<>(BenchQuestion.Kind.class);
        for (BenchQuestion.Kind kind : BenchQuestion.Kind.values()) {
            counts.put(kind, 0);
        }
        questions.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
        return counts;
    }

    /** {@code 312 questions (Korean 150, English 100, out of scope 62)}. */
    public String describe() {
        Map<BenchQuestion.Kind, Integer> counts = counts();
        return size() + " questions (Korean " + counts.get(BenchQuestion.Kind.KOREAN) + ", English "
                + counts.get(BenchQuestion.Kind.ENGLISH) + ", out of scope " + counts.get(BenchQuestion.Kind.OUT_OF_SCOPE)
                + ") from " + origin;
    }

    private static List<BenchQuestion> readTsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<BenchQuestion> questions = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String text = (tab < 0 ? line : line.substring(0, tab)).strip();
            String expected = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (expected.equals("-")) {
                questions.add(new BenchQuestion(text, BenchQuestion.Kind.OUT_OF_SCOPE, null));
            } else {
                questions.add(new BenchQuestion(text, BenchQuestion.languageOf(text), expected.isEmpty() ? null : expected));
            }
        }
        return questions;
    }

    /** Round-robin over the kinds, each kind keeping its file order. */
    private static List<BenchQuestion> interleave(List<BenchQuestion> questions) {
        Map<BenchQuestion.Kind, List<BenchQuestion>> byKind = new EnumMap<>(BenchQuestion.Kind.class);
        questions.forEach(q -> byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q));
        List<BenchQuestion> mixed = new ArrayList<>(questions.size());
        for (int i = 0; mixed.size() < questions.size(); i++) {
            for (List<BenchQuestion> kind : byKind.values()) {
                if (i < kind.size()) {
                    mixed.add(kind.get(i));
                }
            }
        }
        return List.copyOf(mixed);
    }
}
