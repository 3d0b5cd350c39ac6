package com.awshiringbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    @Test
    void otherEntriesKeepEveryResourceOfTheKnowledge() throws Exception {
        KnowledgeBase shipped = KnowledgeLoader.load(Path.of("knowledge"));
        List<Entry> fewer = shipped.entries().subList(0, 3);

        KnowledgeBase other = shipped.withEntries(fewer);

        assertEquals(fewer, other.entries());
        assertEquals(shipped.sources(), other.sources());
        assertEquals(shipped.synonyms(), other.synonyms());
        assertEquals(shipped.userDictionary(), other.userDictionary());
        assertEquals(shipped.spellings(), other.spellings());
        assertEquals(shipped.notCovered(), other.notCovered());
        assertEquals(shipped.notCoveredQuestions(), other.notCoveredQuestions());
    }

    @Test
    void anEntryIsFoundByOneOfItsOwnQuestionsIgnoringCaseSpacesAndPunctuation() throws Exception {
        KnowledgeBase shipped = KnowledgeLoader.load(Path.of("knowledge"));

        assertEquals("loop-interview", shipped.entryAsking("루프 면접이 뭐예요?").orElseThrow().id());
        assertEquals("loop-interview", shipped.entryAsking("루프면접이뭐예요").orElseThrow().id());
        assertEquals("loop-interview", shipped.entryAsking("  what is THE loop interview ").orElseThrow().id());
        assertTrue(shipped.entryAsking("루프 면접이 뭐예요? 급해요").isEmpty());
        assertTrue(shipped.entryAsking("?!").isEmpty());
        assertTrue(shipped.entryAsking(null).isEmpty());
    }
}
