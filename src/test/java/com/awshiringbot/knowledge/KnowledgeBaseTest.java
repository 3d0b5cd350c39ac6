package com.awshiringbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    }
}
