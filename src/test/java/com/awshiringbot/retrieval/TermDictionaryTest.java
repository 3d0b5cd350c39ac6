package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TermDictionaryTest {
    /** Five questions of two entries: 0, 1 and 2 are entry 0's, 3 and 4 entry 1's. */
    private static final List<String> QUESTIONS = List.of(
            "loop interview", "loop rounds", "bar raiser", "salary", "salary loop");
    private static final int[] DOC_ENTRY = {0, 0, 0, 1, 1};
    private static final List<Set<String>> ANSWER_TERMS = List.of(Set.of("loop", "onsite"), Set.of("pay"));

    private static Bm25Index index;
    private static TermDictionary dictionary;

    @BeforeAll
    static void build() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String question : QUESTIONS) {
                Document document = new Document();
                document.add(new TextField("a", question, org.apache.lucene.document.Field.Store.NO));
                writer.addDocument(document);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            index = Bm25Index.read(reader, List.of("a"));
        }
        dictionary = TermDictionary.of(index.field("a"), DOC_ENTRY, ANSWER_TERMS);
    }

    @Test
    void aQuestionTermHasItsPostingsRarityAndEntries() {
        IndexedTerm loop = dictionary.get("loop");
        assertEquals(index.postings("a", "loop"), loop.postings());
        assertEquals(3, loop.docFreq());
        assertEquals(Bm25Index.idf(3, 5), loop.idf());
        assertEquals(entries(0, 1), loop.inQuestions());
        assertEquals(entries(0), loop.inAnswers());
        assertEquals(entries(1), dictionary.get("salary").inQuestions());
        assertEquals(entries(), dictionary.get("salary").inAnswers());
    }

    @Test
    void aTermOnlyAnAnswerHasHasItsEntriesButNoPostings() {
        IndexedTerm onsite = dictionary.get("onsite");
        assertNull(onsite.postings());
        assertEquals(0, onsite.docFreq());
        assertEquals(Bm25Index.idf(0, 5), onsite.idf());
        assertEquals(entries(), onsite.inQuestions());
        assertEquals(entries(0), onsite.inAnswers());
    }

    @Test
    void anUnknownTermIsTheRarestAndInNoEntry() {
        IndexedTerm unknown = dictionary.get("visa");
        assertNull(unknown.postings());
        assertEquals(Bm25Index.idf(0, 5), unknown.idf());
        assertEquals(entries(), unknown.inQuestions());
        assertEquals(entries(), unknown.inAnswers());
    }

    @Test
    void theQuestionTermsLeaveOutTermsOnlyAnswersHave() {
        assertEquals(Set.of("loop", "interview", "rounds", "bar", "raiser", "salary"), dictionary.questionTerms());
    }

    @Test
    void aQuestionLooksEachDistinctTermUpOnceAndNumbersThemInOrder() {
        List<String> asked = new ArrayList<>();
        List<Token> tokens = List.of(token("salary", 0), token("loop", 7), token("salary", 12), token("visa", 19));
        QueryTerms terms = QueryTerms.of(tokens, term -> {
            asked.add(term);
            return dictionary.get(term);
        });
        assertEquals(List.of("salary", "loop", "visa"), asked);
        assertEquals(List.of("salary", "loop", "visa"), terms.terms());
        assertArrayEquals(new int[] {0, 1, 0, 2}, new int[] {terms.termOf(0), terms.termOf(1), terms.termOf(2),
            terms.termOf(3)});
        assertEquals(dictionary.get("loop"), terms.indexed(1));
    }

    private static Token token(String term, int start) {
        return new Token(term, start, start + term.length(), start, start + 1, false, true);
    }

    private static BitSet entries(int... numbers) {
        BitSet set = new BitSet();
        for (int number : numbers) {
            set.set(number);
        }
        return set;
    }
}
