package com.awshiringbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeLoaderTest {
    private static final String FIXTURES = "src/test/resources/knowledge-fixtures/";

    @Test
    void loadsAValidKnowledgeBaseWithEveryField() throws KnowledgeException {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of(FIXTURES + "valid"));

        assertEquals(List.of("technical-screen", "loop-interview", "work-life-balance"),
                kb.entries().stream().map(Entry::id).toList());
        Entry loop = kb.entry("loop-interview").orElseThrow();
        assertEquals("stage", loop.topic());
        assertEquals(3, loop.stage());
        assertEquals(List.of("루프 면접이 뭐예요?", "루프면접 머임"), loop.questions().ko());
        assertEquals(List.of("What is the loop interview?"), loop.questions().en());
        assertEquals("하루에 여러 명과 연달아 보는 마지막 면접입니다.", loop.answer().ko());
        assertEquals("The final round: several interviews in one day.", loop.answer().en());
        assertEquals(new Citation("interview-story", "3차 면접", null), loop.citation());
        assertEquals(List.of("technical-screen", "work-life-balance"), loop.related());
        assertEquals(FIXTURES + "valid/entries/a-stages.yaml:22", loop.location());
        assertEquals(List.of("technical-screen", "loop-interview"), kb.stages().stream().map(Entry::id).toList());
        assertEquals(new Citation("conference-recap", "Q&A 질문3", "https://aws.amazon.com/careers/"),
                kb.entry("work-life-balance").orElseThrow().citation());
        assertEquals(new Source("conference-recap", "AWS 엔지니어 컨퍼런스 2020 후기", null, "2020-03-05", null),
                kb.source("conference-recap").orElseThrow());
        assertEquals("# groups of words that mean the same\n워라밸, 워라벨, work-life balance\n루프 => 루프, loop\n",
                kb.synonyms());
        assertEquals("# Nori user dictionary\n워라밸\n루프면접 루프 면접\n", kb.userDictionary());
        assertEquals(List.of("how much does an SDE earn at AWS", "how many rounds is the google interview"),
                kb.notCoveredQuestions());
    }

    @Test
    void reportsAFileThatIsNotYaml() {
        assertProblems("unparsable",
                "entries/a.yaml:16: cannot parse YAML: expected <block end>, but found '-' (while parsing a block mapping)");
    }

    @Test
    void reportsAFileThatIsNotUtf8WithTheLineOfTheBadByte() {
        assertProblems("bad-utf8", "entries/a.yaml:17: not valid UTF-8 (byte 376); save the file as UTF-8");
    }

    @Test
    void reportsAFileThatIsNotAListOfEntries() {
        assertProblems("not-a-list", "entries/a.yaml:1: expected a list of entries ('- id: ...'), found a mapping");
    }

    @Test
    void reportsUnknownFieldsAtTheirLineAndTheMissingFieldTheTypoHides() {
        assertProblems("unknown-field",
                "entries/a.yaml:1: entry 'loop-interview': missing field 'answer'",
                "entries/a.yaml:8: entry 'loop-interview': unknown field 'anser' (known fields: id, topic, stage, "
                        + "questions, answer, source, related)",
                "entries/a.yaml:14: entry 'loop-interview': unknown field 'source.page' (known fields: source.post, "
                        + "source.section, source.link)");
    }

    @Test
    void reportsAMissingField() {
        assertProblems("missing-field", "entries/a.yaml:1: entry 'loop-interview': missing field 'topic'");
    }

    @Test
    void reportsAnIdDefinedInTwoFiles() {
        assertProblems("duplicate-id", "entries/b.yaml:1: entry 'loop-interview': duplicate id (first defined at "
                + FIXTURES + "duplicate-id/entries/a.yaml:1)");
    }

    @Test
    void reportsAnEmptyQuestionList() {
        assertProblems("empty-questions", "entries/a.yaml:4: entry 'loop-interview': field 'questions.ko' is empty");
    }

    @Test
    void reportsAnEmptyAnswer() {
        assertProblems("empty-answer", "entries/a.yaml:11: entry 'loop-interview': field 'answer.en' is empty");
    }

    @Test
    void reportsAnEmptySource() {
        assertProblems("empty-source",
                "entries/a.yaml:14: entry 'loop-interview': field 'source.post' is empty",
                "entries/a.yaml:15: entry 'loop-interview': field 'source.section' is empty");
    }

    @Test
    void reportsAMissingKoreanOrEnglishSide() {
        assertProblems("missing-side",
                "entries/a.yaml:3: entry 'loop-interview': missing field 'questions.en'",
                "entries/a.yaml:6: entry 'loop-interview': missing field 'answer.ko'");
    }

    @Test
    void reportsASideWrittenInTheOtherLanguage() {
        assertProblems("wrong-language",
                "entries/a.yaml:5: entry 'loop-interview': field 'questions.ko' question 1 has no Korean text",
                "entries/a.yaml:11: entry 'loop-interview': field 'answer.en' has no English text");
    }

    @Test
    void reportsAnUnknownTopic() {
        assertProblems("unknown-topic", "entries/a.yaml:2: entry 'loop-interview': unknown topic 'interviews' (known "
                + "topics: process, stage, interview-tips, leadership-principles, culture, benefits, roles, english, "
                + "competency, faq, event, about-bot)");
    }

    @Test
    void reportsASourcePostThatSourcesYamlDoesNotList() {
        assertProblems("unknown-source", "entries/a.yaml:14: entry 'loop-interview': unknown source post "
                + "'interview-stroy' (sources.yaml lists: interview-story, conference-recap)");
    }

    @Test
    void reportsRelatedIdsThatDoNotExistOrPointBack() {
        assertProblems("unknown-related",
                "entries/a.yaml:16: entry 'loop-interview': related id 'star-method' does not exist",
                "entries/a.yaml:16: entry 'loop-interview': related id 'loop-interview' is the entry itself");
    }

    @Test
    void reportsAStageOrderUsedTwice() {
        assertProblems("duplicate-stage", "entries/a.yaml:21: entry 'loop-interview': stage 1 is already used by "
                + "entry 'technical-screen' (" + FIXTURES + "duplicate-stage/entries/a.yaml:1)");
    }

    @Test
    void reportsAnAnswerOverTheLengthLimitButAcceptsOneAtIt() {
        assertProblems("answer-too-long",
                "entries/a.yaml:11: entry 'loop-interview': field 'answer.en' is 601 characters long; the limit is 600");
    }

    @Test
    void reportsAQuestionSharedByTwoEntriesIgnoringCaseSpacesPunctuationAndNormalisation() {
        String first = " (" + FIXTURES + "shared-question/entries/a.yaml:1)";
        assertProblems("shared-question",
                "entries/a.yaml:24: entry 'loop-interview': question '기술 면접 뭐 물어봄??' is also a question of "
                        + "entry 'technical-screen'" + first,
                "entries/a.yaml:27: entry 'loop-interview': question 'Tech-screen questions!' is also a question of "
                        + "entry 'technical-screen'" + first,
                "entries/a.yaml:28: entry 'loop-interview': question 'what is the LOOP interview' is listed twice "
                        + "in this entry");
    }

    @Test
    void reportsABadIdFormat() {
        assertProblems("bad-id", "entries/a.yaml:1: entry 'Loop_Interview': bad id: use lower-case letters, digits "
                + "and single hyphens, like 'loop-interview'");
    }

    @Test
    void reportsEveryProblemOfEveryEntryAtOnceInLineOrder() {
        String first = " (" + FIXTURES + "many-problems/entries/a.yaml:1)";
        assertProblems("many-problems",
                "entries/a.yaml:1: entry 'bad id': bad id: use lower-case letters, digits and single hyphens, like "
                        + "'loop-interview'",
                "entries/a.yaml:2: entry 'bad id': unknown topic 'nope' (known topics: process, stage, interview-tips, "
                        + "leadership-principles, culture, benefits, roles, english, competency, faq, event, about-bot)",
                "entries/a.yaml:16: entry 'bad id': related id 'missing' does not exist",
                "entries/a.yaml:19: entry 'second': field 'stage' must be a positive whole number, not '0'",
                "entries/a.yaml:22: entry 'second': question '루프 면접이 뭐예요?' is also a question of entry 'bad id'"
                        + first,
                "entries/a.yaml:24: entry 'second': question 'What is the loop interview?' is also a question of "
                        + "entry 'bad id'" + first,
                "entries/a.yaml:28: entry 'second': field 'answer.en' is empty",
                "entries/a.yaml:31: entry 'second': unknown source post 'nowhere' (sources.yaml lists: "
                        + "interview-story, conference-recap)");
    }

    @Test
    void reportsMistakesInSourcesYaml() {
        assertProblems("bad-sources",
                "sources.yaml:7: source 'Blog Post': bad id: use lower-case letters, digits and single hyphens, like "
                        + "'interview-story'",
                "sources.yaml:8: source 'Blog Post': field 'title' is empty",
                "sources.yaml:9: source 'Blog Post': unknown field 'url' (known fields: id, title, description, date, "
                        + "link)",
                "sources.yaml:10: source 'Blog Post': field 'date' must be a date like 2020-03-05, not 'March 2020'",
                "sources.yaml:11: source 'interview-story': duplicate id (first defined at " + FIXTURES
                        + "bad-sources/sources.yaml:1)");
    }

    @Test
    void reportsMistakesInTheSynonymsTheUserDictionaryTheSpellingsAndWhatIsNotCovered() {
        assertProblems("bad-resources",
                "not-covered-questions.txt:3: the sentence model reads English only; write '구글 면접은 몇 번 봐요?' "
                        + "in English",
                "not-covered-questions.txt:4: 'what is the LOOP interview' is a question of entry 'loop-interview' ("
                        + FIXTURES + "bad-resources/entries/a.yaml:1): the knowledge covers it",
                "not-covered-questions.txt:5: 'How much does an sde earn at AWS?' is already listed on line 2",
                "not-covered.txt:3: one name a line, got 'naver, kakao'",
                "not-covered.txt:4: '구글' is already listed on line 2",
                "spellings.txt:3: expected 'form, form => standard words', got 'r => are => is'",
                "spellings.txt:4: no standard words after '=>' in 'ppl =>'",
                "spellings.txt:6: the form 'WAT' is already spelled out on line 2",
                "spellings.txt:7: a form must be one word, got 'how r u' in 'how r u => how are you'",
                "spellings.txt:8: a Latin form is a whole word of letters, digits and apostrophes, got 'w/o'",
                "synonyms.txt:2: empty synonym in '워라밸,, wlb'",
                "synonyms.txt:3: more than one '=>' in '루프 => loop => 고리'",
                "userdict.txt:2: the parts '루프 면' do not spell out the word '루프면접'");
    }

    @Test
    void reportsAKnowledgeBaseWithoutEntries() {
        assertProblems("no-entries", "entries: there are no entries (entries/*.yaml)");
    }

    @Test
    void reportsMissingSourcesAndEntriesFolder() {
        assertProblems("empty-folder",
                "entries: the folder of entries is missing",
                "sources.yaml: the file is missing; it lists the posts entries cite");
    }

    @Test
    void reportsAMissingKnowledgeFolder() {
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> KnowledgeLoader.load(Path.of(FIXTURES + "no-such-folder")));
        assertEquals("The knowledge base has 1 problem:\n" + FIXTURES + "no-such-folder: the knowledge folder does not "
                + "exist", e.getMessage());
    }

    @Test
    void problemsWithoutLineOrEntryLeaveThoseParts() {
        assertEquals("k/e.yaml:3: entry 'x': bad", new Problem("k/e.yaml", 3, "x", "bad").toString());
        assertEquals("k/e.yaml: entry 'x': bad", new Problem("k/e.yaml", 0, "x", "bad").toString());
        assertEquals("k/e.yaml:3: bad", new Problem("k/e.yaml", 3, null, "bad").toString());
    }

    private static void assertProblems(String fixture, String... expected) {
        KnowledgeException e = assertThrows(KnowledgeException.class,
                () -> KnowledgeLoader.load(Path.of(FIXTURES + fixture)));
        List<String> prefixed = List.of(expected).stream().map(p -> FIXTURES + fixture + "/" + p).toList();
        assertEquals(prefixed, e.problems().stream().map(Problem::toString).toList());
    }
}
