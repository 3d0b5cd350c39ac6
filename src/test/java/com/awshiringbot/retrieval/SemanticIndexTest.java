package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Questions;
import com.awshiringbot.knowledge.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sentence model over a small knowledge base. */
class SemanticIndexTest {
    private static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(List.of(
            entry("hiring-process", "How many interview rounds are there?", "What are the steps of the hiring process?"),
            entry("work-life-balance", "How is the work-life balance?", "Do people work late a lot?"),
            entry("loop-interview", "What is the loop interview?", "What happens in the final round?")),
            List.of(new Source("story", "면접 후기", "story", null, null)), "", "");

    @TempDir
    Path folder;

    private static Entry entry(String id, String... english) {
        return new Entry(id, "topic", null, new Questions(List.of("질문 " + id), List.of(english)),
                new Bilingual("답 " + id, "Answer of " + id), new Citation("story", "section", null), List.of(),
                "test:" + id);
    }

    @Test
    void aQuestionInOtherWordsFindsTheEntryThatMeansTheSame() {
        SemanticIndex index = SemanticIndex.build(KNOWLEDGE, new SentenceVectors(null));
        assertEquals(6, index.size());
        assertEquals("hiring-process", index.nearest("how many times will they interview me").orElseThrow().entryId());
        assertEquals("work-life-balance", index.nearest("is overtime common, can i go home at 6").orElseThrow()
                .entryId());
        SemanticIndex.Neighbour same = index.nearest("What is the loop interview?").orElseThrow();
        assertEquals("loop-interview", same.entryId());
        assertEquals(1.0, same.similarity(), 1e-4);
        assertTrue(index.nearest("how many times will they interview me").orElseThrow().similarity() < 0.99);
        assertFalse(index.nearest("   ").isPresent());
        assertEquals(-1, same.notCoveredSimilarity());
        assertEquals(1.0, index.similarity("What is the loop interview?", "loop-interview").orElseThrow(), 1e-4);
        assertTrue(index.similarity("What is the loop interview?", "hiring-process").orElseThrow() < 0.99);
        assertFalse(index.similarity("What is the loop interview?", "no-such-entry").isPresent());
        assertFalse(index.similarity(" ", "loop-interview").isPresent());
    }

    @Test
    void aQuestionIsWeighedAgainstTheQuestionsTheKnowledgeDoesNotAnswer() {
        KnowledgeBase warned = new KnowledgeBase(KNOWLEDGE.entries(), KNOWLEDGE.sources(), "", "", Map.of(),
                List.of(), List.of("how many rounds is the google interview", "what is the salary of an engineer"));
        SemanticIndex index = SemanticIndex.build(warned, new SentenceVectors(null));
        assertEquals(6, index.size());
        assertEquals(2, index.notCoveredSize());

        SemanticIndex.Neighbour google = index.nearest("google interview, how many rounds?").orElseThrow();
        assertEquals("hiring-process", google.entryId());
        assertTrue(google.margin() < 0, google::toString);
        SemanticIndex.Neighbour ours = index.nearest("how many times will they interview me").orElseThrow();
        assertEquals("hiring-process", ours.entryId());
        assertTrue(ours.margin() > 0, ours::toString);
        assertEquals(ours.similarity() - ours.notCoveredSimilarity(), ours.margin(), 1e-9);
    }

    @Test
    void aTenThousandCharacterMessageIsEncodedLikeAShortOne() {
        float[] vector = SentenceEncoder.shipped().encode("loop ".repeat(2_000));
        assertEquals(384, vector.length);
        assertEquals(1.0, SentenceEncoder.similarity(vector, vector), 1e-4);
    }

    @Test
    void vectorsKeptInTheFolderAreReadBackInsteadOfEncodedAgain() throws Exception {
        float[] madeUp = new float[384];
        madeUp[7] = 1;
        Map<String, float[]> file = new LinkedHashMap<>();
        file.put("A sentence only the file test reads?", madeUp);
        SentenceVectorFile.write(file, folder.resolve(SentenceVectorFile.NAME));

        Map<String, float[]> vectors = new SentenceVectors(folder)
                .of(List.of("A sentence only the file test reads?", "What is the loop interview?"));

        assertArrayEquals(madeUp, vectors.get("A sentence only the file test reads?"));
        float[] encoded = SentenceEncoder.shipped().encode("What is the loop interview?");
        assertArrayEquals(encoded, vectors.get("What is the loop interview?"));
        Map<String, float[]> saved = SentenceVectorFile.read(folder.resolve(SentenceVectorFile.NAME));
        assertEquals(2, saved.size());
        assertArrayEquals(encoded, saved.get("What is the loop interview?"));
    }

    @Test
    void aCorruptVectorsFileIsIgnoredAndWrittenAgain() throws Exception {
        Path file = folder.resolve(SentenceVectorFile.NAME);
        Files.writeString(file, "not vectors at all, just some text that is long enough", StandardCharsets.UTF_8);

        Map<String, float[]> vectors = new SentenceVectors(folder)
                .of(List.of("What is the loop interview?"));

        float[] encoded = SentenceEncoder.shipped().encode("What is the loop interview?");
        assertArrayEquals(encoded, vectors.get("What is the loop interview?"));
        assertTrue(Arrays.equals(encoded, SentenceVectorFile.read(file).get("What is the loop interview?")));
    }
}
