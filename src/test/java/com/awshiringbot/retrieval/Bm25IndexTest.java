package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Bm25Index} against Lucene's own {@code IndexSearcher} over the same index: same documents, same scores. */
class Bm25IndexTest {
    private static final List<String> FIELDS = List.of("a", "b", "c");
    private static final float[] FIELD_BOOSTS = {1.0f, 0.5f, 0.3f, 0.7f};
    private static final float[] TERM_BOOSTS = {1.0f, 0.8f, 1.3f};
    private static final int GROUPS = 40;

    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static Bm25Index index;

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Random random = new Random(42);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int doc = 0; doc < 600; doc++) {
                Document document = new Document();
                document.add(new StringField("group", "g" + doc % GROUPS, org.apache.lucene.document.Field.Store.NO));
                for (String field : FIELDS) {
                    if (random.nextInt(10) > 0) { // some documents lack a field
                        document.add(new TextField(field, text(random), org.apache.lucene.document.Field.Store.NO));
                    }
                }
                writer.addDocument(document);
                if (doc % 150 == 149) {
                    writer.commit(); // several segments, so documents are numbered across leaves
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        index = Bm25Index.read(reader, FIELDS);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    /** Words of a skewed frequency and texts of lengths 1 to 60, so that rarity and length both vary. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(random.nextBoolean() ? 8 : 60);
        for (int i = 0; i < length; i++) {
            text.append(word(random)).append(' ');
        }
        return text.toString();
    }

    private static String word(Random random) {
        return "w" + (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * 80);
    }

    /** A query of random fields, boosts and words (some never indexed), as a map field -> (term -> boost). */
    private static Map<String, Map<String, Float>> randomQuery(Random random) {
        Map<String, Map<String, Float>> query = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            Map<String, Float> terms = new LinkedHashMap<>();
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                String term = random.nextInt(12) == 0 ? "unseen" + i : word(random);
                terms.putIfAbsent(term, TERM_BOOSTS[random.nextInt(TERM_BOOSTS.length)]);
            }
            query.put(field + ":" + FIELD_BOOSTS[random.nextInt(FIELD_BOOSTS.length)], terms);
        }
        return query;
    }

    /** The query as QuestionIndex used to hand it to Lucene. */
    private static Query lucene(Map<String, Map<String, Float>> query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        query.forEach((fieldAndBoost, terms) -> {
            String[] parts = fieldAndBoost.split(":");
            BooleanQuery.Builder field = new BooleanQuery.Builder();
            terms.forEach((term, boost) -> field.add(
                    new BoostQuery(new TermQuery(new Term(parts[0], term)), boost), Occur.SHOULD));
            all.add(new BoostQuery(field.build(), Float.parseFloat(parts[1])), Occur.SHOULD);
        });
        return all.build();
    }

    private static Bm25Query ours(Map<String, Map<String, Float>> query) {
        Bm25Query.Builder builder = Bm25Query.builder();
        query.forEach((fieldAndBoost, terms) -> {
            String[] parts = fieldAndBoost.split(":");
            builder.field(Float.parseFloat(parts[1]));
            terms.forEach((term, boost) -> builder.term(index.postings(parts[0], term), boost));
        });
        return builder.build();
    }

    @Test
    void theTopHundredAreLucenesDocumentsInLucenesOrderWithLucenesScoresToTheLastBit() throws IOException {
        Random random = new Random(7);
        int compared = 0;
        for (int q = 0; q < 400; q++) {
            Map<String, Map<String, Float>> query = randomQuery(random);
            if (query.isEmpty()) {
                continue;
            }
            TopDocs expected = searcher.search(lucene(query), 100);
            Hits actual = index.search(ours(query), 100);
            List<String> expectedHits = new ArrayList<>();
            for (var hit : expected.scoreDocs) {
                expectedHits.add(hit.doc + "=" + Float.floatToIntBits(hit.score));
            }
            List<String> actualHits = new ArrayList<>();
            for (int i = 0; i < actual.size(); i++) {
                actualHits.add(actual.doc(i) + "=" + Float.floatToIntBits(actual.score(i)));
            }
            assertEquals(expectedHits, actualHits, "query " + query);
            compared += actualHits.size();
        }
        assertEquals(true, compared > 10_000, "hits compared: " + compared);
    }

    @Test
    void theBestScoreWithinSomeDocumentsIsWhatLuceneGivesWithAFilter() throws IOException {
        Random random = new Random(11);
        for (int q = 0; q < 200; q++) {
            Map<String, Map<String, Float>> query = randomQuery(random);
            if (query.isEmpty()) {
                continue;
            }
            int group = random.nextInt(GROUPS);
            Query filtered = new BooleanQuery.Builder()
                    .add(lucene(query), Occur.MUST)
                    .add(new TermQuery(new Term("group", "g" + group)), Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(filtered, 1);
            float expected = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
            assertEquals(Float.floatToIntBits(expected),
                    Float.floatToIntBits(index.bestScore(ours(query), doc -> doc % GROUPS == group)), "query " + query);
        }
    }

    @Test
    void equalScoresGoToTheLowerDocument() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String text : List.of("loop interview", "salary", "loop interview", "interview loop", "salary")) {
                Document document = new Document();
                document.add(new TextField("a", text, org.apache.lucene.document.Field.Store.NO));
                writer.addDocument(document);
            }
        }
        try (DirectoryReader small = DirectoryReader.open(directory)) {
            Bm25Index bm25 = Bm25Index.read(small, List.of("a"));
            Hits hits = bm25.search(Bm25Query.builder().field(1f).term(bm25.postings("a", "loop"), 1f).build(), 10);
            assertArrayEquals(new int[] {0, 2, 3}, new int[] {hits.doc(0), hits.doc(1), hits.doc(2)});
            assertEquals(3, hits.size());
            assertEquals(hits.score(0), hits.score(2));
            assertArrayEquals(new int[] {1, 4}, bm25.postings("a", "salary").docs());
            assertEquals(null, bm25.postings("a", "bonus"));
            assertEquals(5, bm25.field("a").docCount());
            Bm25Query nothingIndexed = Bm25Query.builder().field(1f).term(bm25.postings("a", "bonus"), 1f).build();
            assertEquals(true, nothingIndexed.isEmpty());
            assertEquals(0, bm25.search(nothingIndexed, 10).size());
        }
    }
}
