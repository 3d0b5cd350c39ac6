package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Questions;
import com.awshiringbot.knowledge.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionIndexSnapshotTest {
    private static final String SYNONYMS = "워라밸, 워라벨, work-life balance\n루프, loop\n";
    private static final String USER_DICTIONARY = "워라밸\n워라벨\n";
    private static final Analyzers ANALYZERS = Analyzers.create(USER_DICTIONARY, SYNONYMS, AnalysisOptions.defaults());
    private static final List<String> QUESTIONS = List.of(
            "루프면접 머임", "워라벨 어때요", "How many interview rounds are there?", "면접 몇번 봐요", "연봉 얼마");

    @TempDir
    Path folder;

    private static KnowledgeBase knowledge(String loopAnswer) {
        return new KnowledgeBase(List.of(
                entry("hiring-process", List.of("AWS 채용 과정은 어떻게 되나요?", "면접 몇 번 봐요?"),
                        List.of("How many interview rounds are there?"), "면접은 세 번이에요.", "Three interviews."),
                entry("loop-interview", List.of("루프 면접이 뭐예요?", "루프면접 어떻게 준비해요?"),
                        List.of("What is the loop interview?"), loopAnswer, "The loop is the final round."),
                entry("work-life-balance", List.of("워라밸 어때요?", "야근 많아요?"),
                        List.of("How is the work-life balance?"), "유연하게 일해요.", "People work flexibly.")),
                List.of(new Source("story", "면접 후기", "story", null, null)), SYNONYMS, USER_DICTIONARY);
    }

    private static Entry entry(String id, List<String> ko, List<String> en, String answerKo, String answerEn) {
        return new Entry(id, "topic", null, new Questions(ko, en), new Bilingual(answerKo, answerEn),
                new Citation("story", "section", null), List.of(), "test:" + id);
    }

    private static List<List<Candidate>> answers(QuestionIndex index) {
        List<List<Candidate>> answers = new ArrayList<>();
        for (String question : QUESTIONS) {
            Language language = question.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) ? Language.KO : Language.EN;
            answers.add(index.search(question, language, 10));
        }
        return answers;
    }

    private List<Path> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theFirstOpenBuildsAndSavesTheNextReadsTheSnapshotAndAnswersAlike() throws IOException {
        QuestionIndex built = QuestionIndex.open(knowledge("마지막 면접이에요."), ANALYZERS, SearchOptions.defaults(), folder);
        assertFalse(built.fromSnapshot());
        assertEquals(1, snapshots().size());
        assertTrue(snapshots().get(0).getFileName().toString().endsWith(".bin"));

        QuestionIndex read = QuestionIndex.open(knowledge("마지막 면접이에요."), ANALYZERS, SearchOptions.defaults(), folder);
        assertTrue(read.fromSnapshot());
        assertEquals(built.size(), read.size());
        List<List<Candidate>> expected = answers(
                QuestionIndex.build(knowledge("마지막 면접이에요."), ANALYZERS, SearchOptions.defaults()));
        assertEquals(expected, answers(built));
        assertEquals(expected, answers(read));
        assertEquals("loop-interview", answers(read).get(0).get(0).entry().id());
    }

    @Test
    void changedKnowledgeOrOtherAnalysisOptionsMissAndGetTheirOwnSnapshot() throws IOException {
        QuestionIndex.open(knowledge("마지막 면접이에요."), ANALYZERS, SearchOptions.defaults(), folder);

        QuestionIndex changed = QuestionIndex.open(knowledge("여러 명과 보는 면접이에요."), ANALYZERS,
                SearchOptions.defaults(), folder);
        assertFalse(changed.fromSnapshot());
        assertEquals(2, snapshots().size());
        // the answer's terms are part of what a snapshot keeps: the changed answer must be the one measured
        assertEquals(answers(QuestionIndex.build(knowledge("여러 명과 보는 면접이에요."), ANALYZERS,
                SearchOptions.defaults())), answers(changed));

        Analyzers spaced = Analyzers.create(USER_DICTIONARY, SYNONYMS,
                AnalysisOptions.defaults().withJoinHangulWords(false));
        QuestionIndex otherOptions = QuestionIndex.open(knowledge("마지막 면접이에요."), spaced,
                SearchOptions.defaults(), folder);
        assertFalse(otherOptions.fromSnapshot());
        assertEquals(3, snapshots().size());
        assertTrue(QuestionIndex.open(knowledge("여러 명과 보는 면접이에요."), ANALYZERS, SearchOptions.defaults(), folder)
                .fromSnapshot());
    }

    @Test
    void aCorruptOrTruncatedSnapshotIsIgnoredRebuiltAndRewritten() throws IOException {
        KnowledgeBase knowledge = knowledge("마지막 면접이에요.");
        List<List<Candidate>> expected = answers(QuestionIndex.open(knowledge, ANALYZERS, SearchOptions.defaults(),
                folder));
        Path file = snapshots().get(0);
        byte[] bytes = Files.readAllBytes(file);

        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x40;
        Files.write(file, flipped);
        QuestionIndex afterFlip = QuestionIndex.open(knowledge, ANALYZERS, SearchOptions.defaults(), folder);
        assertFalse(afterFlip.fromSnapshot());
        assertEquals(expected, answers(afterFlip));
        assertTrue(QuestionIndex.open(knowledge, ANALYZERS, SearchOptions.defaults(), folder).fromSnapshot());

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertFalse(QuestionIndex.open(knowledge, ANALYZERS, SearchOptions.defaults(), folder).fromSnapshot());
        Files.write(file, new byte[0]);
        assertFalse(QuestionIndex.open(knowledge, ANALYZERS, SearchOptions.defaults(), folder).fromSnapshot());
        assertTrue(QuestionIndex.open(knowledge, ANALYZERS, SearchOptions.defaults(), folder).fromSnapshot());
        assertEquals(List.of(file), snapshots());
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsTheSnapshot() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("taken"), "a file where the folder should be");
        QuestionIndex index = QuestionIndex.open(knowledge("마지막 면접이에요."), ANALYZERS, SearchOptions.defaults(),
                notAFolder);
        assertFalse(index.fromSnapshot());
        assertEquals("loop-interview", answers(index).get(0).get(0).entry().id());
    }
}
