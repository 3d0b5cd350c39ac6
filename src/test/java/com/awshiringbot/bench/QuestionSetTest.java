package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Questions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryTsvUnderTheEvalFolderAndInterleavesTheKinds() throws IOException {
        write("tune/a.tsv", "# comment\n루프면접 머임\tloop-interview\n면접몇번봐요\tprocess\n\nWhat is STAR?\tstar-method\n");
        write("heldout/b.tsv", "AWS 연봉 얼마야?\t-\nHow do I mount S3?\t-\n");
        write("notes.txt", "not a question\t-\n");

        QuestionSet set = QuestionSet.fromEvalDir(dir);

        assertEquals(List.of("루프면접 머임", "What is STAR?", "AWS 연봉 얼마야?", "면접몇번봐요", "How do I mount S3?"),
                set.questions().stream().map(BenchQuestion::text).toList());
        assertEquals(Map.of(BenchQuestion.Kind.KOREAN, 2, BenchQuestion.Kind.ENGLISH, 1, BenchQuestion.Kind.OUT_OF_SCOPE, 2),
                set.counts());
        assertEquals("5 questions (Korean 2, English 1, out of scope 2) from 2 files under " + dir, set.describe());
    }

    @Test
    void fallsBackToTheEntriesOwnQuestionsWithoutALabelledSet() {
        Entry entry = new Entry("loop-interview", "stage", 5,
                new Questions(List.of("루프 면접이 뭐예요?"), List.of("What is the loop interview?")),
                new Bilingual("답", "answer"), new Citation("interview-story", "3차 면접", null), List.of(), "x.yaml:1");
        KnowledgeBase knowledge = new KnowledgeBase(List.of(entry), List.of(), "", "");

        QuestionSet set = QuestionSet.load(dir.resolve("eval"), knowledge, List.of("AWS 연봉 얼마야?"));

        assertEquals(List.of(
                new BenchQuestion("루프 면접이 뭐예요?", BenchQuestion.Kind.KOREAN, "loop-interview"),
                new BenchQuestion("What is the loop interview?", BenchQuestion.Kind.ENGLISH, "loop-interview"),
                new BenchQuestion("AWS 연봉 얼마야?", BenchQuestion.Kind.OUT_OF_SCOPE, null)), set.questions());
        assertEquals("the entries' own questions and 1 built-in out-of-scope ones (no labelled set in "
                + dir.resolve("eval") + ")", set.origin());
    }

    @Test
    void anEmptyLabelledSetIsAnError() throws IOException {
        write("tune/a.tsv", "# nothing yet\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionSet.fromEvalDir(dir));
        assertEquals("no questions to benchmark from 1 files under " + dir, e.getMessage());
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
