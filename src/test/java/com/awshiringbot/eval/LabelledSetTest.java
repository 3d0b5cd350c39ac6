package com.awshiringbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.awshiringbot.knowledge.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledSetTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFolderIsReadIntoItsTuneAndHeldOutPartsSkippingCommentsAndBlankLines() throws Exception {
        write("tune/a.tsv", "\uFEFF# stages\n루프면접 머임\tloop-interview\n\n  # indented comment\nAWS 연봉 얼마야?\t-\n");
        write("heldout/b.tsv", "How is the work-life balance there?\twork-life-balance\r\n");
        write("tune/notes.md", "not a set file\n");

        LabelledSet set = LabelledSet.read(dir, Fixtures.KNOWLEDGE);

        assertEquals(List.of("tune", "heldout"), set.parts());
        List<LabelledQuestion> tune = set.part("tune");
        assertEquals(2, tune.size());
        assertEquals(new LabelledQuestion("루프면접 머임", "loop-interview", "tune", dir.resolve("tune/a.tsv") + ":2"),
                tune.get(0));
        assertNull(tune.get(1).expectedId());
        assertEquals(dir.resolve("tune/a.tsv") + ":5", tune.get(1).location());
        LabelledQuestion heldout = set.part("heldout").get(0);
        assertEquals("work-life-balance", heldout.expectedId());
        assertEquals(Language.EN, heldout.language());
        assertEquals(List.of(), set.warnings());
    }

    @Test
    void everyMalformedLineAndUnknownIdIsReportedWithItsFileAndLine() throws Exception {
        Path file = write("tune/a.tsv", "루프면접 머임 loop-interview\n연봉\t-\n워라벨 어때\twork-life\n\tstar-method\nx\ty\tz\n");

        LabelledSetException e = assertThrows(LabelledSetException.class,
                () -> LabelledSet.read(dir, Fixtures.KNOWLEDGE));

        assertEquals(List.of(
                file + ":1: expected 'question<TAB>expected-id' (or '-' for out of scope), got '루프면접 머임 loop-interview'",
                file + ":3: expected id 'work-life' is not an entry of the knowledge base",
                file + ":4: expected 'question<TAB>expected-id' (or '-' for out of scope), got '\tstar-method'",
                file + ":5: expected 'question<TAB>expected-id' (or '-' for out of scope), got 'x\ty\tz'"),
                e.problems());
        assertEquals(String.join("\n", e.problems()), e.getMessage());
    }

    @Test
    void aSingleFileBelongsToThePartItsFolderIsNamedAfter() throws Exception {
        Path heldout = write("heldout/b.tsv", "STAR 기법 알려줘\tstar-method\n");
        Path loose = write("mine.tsv", "STAR 기법 알려줘\tstar-method\n");

        assertEquals(List.of("heldout"), LabelledSet.read(heldout, Fixtures.KNOWLEDGE).parts());
        assertEquals(List.of("set"), LabelledSet.read(loose, Fixtures.KNOWLEDGE).parts());
    }

    @Test
    void aMissingPathOrAFolderWithoutSetFilesIsAnError() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(List.of(dir.resolve("nope") + ": no such file or folder"),
                assertThrows(LabelledSetException.class,
                        () -> LabelledSet.read(dir.resolve("nope"), Fixtures.KNOWLEDGE)).problems());
        assertEquals(List.of(dir.resolve("empty") + ": no .tsv files"),
                assertThrows(LabelledSetException.class,
                        () -> LabelledSet.read(dir.resolve("empty"), Fixtures.KNOWLEDGE)).problems());
    }

    @Test
    void aQuestionLabelledTwiceOrCopiedFromAnEntryIsAWarning() throws Exception {
        Path tune = write("tune/a.tsv", "워라밸 어때?\twork-life-balance\n워라밸은 어때요?\twork-life-balance\n");
        Path heldout = write("heldout/a.tsv", "워라밸  어때\twork-life-balance\n");

        LabelledSet set = LabelledSet.read(dir, Fixtures.KNOWLEDGE);

        assertEquals(List.of(
                tune + ":2: '워라밸은 어때요?' is one of entry 'work-life-balance''s own questions, so it measures nothing",
                heldout + ":1: '워라밸  어때' is labelled again (first at " + tune + ":1)"),
                set.warnings());
        assertEquals(3, set.questions().size());
    }

    @Test
    void questionsOfNothingButEmojiAreComparedAsTheyAre() throws Exception {
        write("tune/a.tsv", "👍\t-\n😂😂\t-\n👍\t-\n");

        LabelledSet set = LabelledSet.read(dir, Fixtures.KNOWLEDGE);

        assertEquals(List.of(dir.resolve("tune/a.tsv") + ":3: '👍' is labelled again (first at " + dir.resolve("tune/a.tsv")
                + ":1)"), set.warnings());
    }

    @Test
    void theLanguageIsKoreanWhenTheQuestionHoldsAnyHangul() {
        assertEquals(Language.KO, LabelledQuestion.languageOf("LP 뭐임"));
        assertEquals(Language.KO, LabelledQuestion.languageOf("ㅋㅋ"));
        assertEquals(Language.EN, LabelledQuestion.languageOf("What is LP?"));
        assertEquals(Language.EN, LabelledQuestion.languageOf("🙂 123"));
    }
}
