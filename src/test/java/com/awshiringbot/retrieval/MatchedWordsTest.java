package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Questions;
import com.awshiringbot.knowledge.Source;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link Candidate#askedShare}, which {@link MatchedWords} works out, read through the index's search. */
class MatchedWordsTest {
    private static final String SYNONYMS = "루프, loop\n";
    private static final Analyzers ANALYZERS = Analyzers.create("", SYNONYMS, AnalysisOptions.defaults());
    private static final QuestionIndex INDEX = QuestionIndex.build(new KnowledgeBase(List.of(
            entry("principles", "What are the leadership principles?"),
            entry("ownership", "What is ownership in the leadership principles?"),
            entry("loop", "How long is the loop?")),
            List.of(new Source("story", "면접 후기", "story", null, null)), SYNONYMS, ""),
            ANALYZERS, SearchOptions.defaults());

    private static Entry entry(String id, String question) {
        return new Entry(id, "topic", null, new Questions(List.of(), List.of(question)), new Bilingual("답", "answer"),
                new Citation("story", "section", null), List.of(), "test:" + id);
    }

    /** Each candidate entry's share of its matched question's words that {@code question} has. */
    private static Map<String, Double> shares(String question) {
        Map<String, Double> shares = new TreeMap<>();
        for (Candidate candidate : INDEX.search(question, Language.EN, 10)) {
            shares.put(candidate.entry().id(), candidate.askedShare());
        }
        return shares;
    }

    @Test
    void aMatchedQuestionWithAWordNeverAskedHasAShareUnderOne() {
        assertEquals(Map.of("ownership", 2.0 / 3, "principles", 1.0), shares("leadership principles explained"));
    }

    @Test
    void aWordAskedByItsSynonymCounts() {
        assertEquals(Map.of("loop", 1.0), shares("루프 long"));
    }

    @Test
    void aWordTheIndexLacksCountsForNoMatchedWord() {
        assertEquals(Map.of("ownership", 1.0 / 3, "principles", 0.5), shares("principles zyxxy"));
    }
}
