package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommonEnglishWordsTest {
    private static final Analyzers PLAIN = Analyzers.create("", "", AnalysisOptions.defaults());

    @Test
    void theShippedWordsAreEverydayWordsOfAskingNotTopics() {
        List<String> words = CommonEnglishWords.shipped();
        for (String kept : List.of("wonder", "rather", "properly", "fair")) {
            assertTrue(words.contains(kept), kept);
        }
        for (String left : List.of("salary", "parking", "status", "check", "#")) {
            assertFalse(words.contains(left), left);
        }
        assertTrue(words.stream().noneMatch(word -> word.startsWith("#") || word.isBlank()));
    }

    @Test
    void wordsBecomeTheTermsTheEnglishFieldMakesOfAQuestion() {
        Set<String> terms = CommonEnglishWords.terms(PLAIN, List.of("wondering", "Properly", "I'd"));
        assertTrue(terms.contains(PLAIN.terms(Field.ENGLISH, "wondering").get(0)), terms.toString());
        assertTrue(terms.contains(PLAIN.terms(Field.ENGLISH, "properly").get(0)), terms.toString());
        assertFalse(terms.contains("i'd"), terms.toString()); // a stop word leaves no term
    }
}
