package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A small stand-in for Lucene test-framework's {@code assertAnalyzesTo}. */
final class AnalysisAssertions {
    private AnalysisAssertions() {
    }

    /** Asserts the exact terms, in order, that {@code analyzer} makes of the normalised {@code input}. */
    static void assertAnalyzesTo(Analyzer analyzer, String input, String... expected) {
        assertEquals(List.of(expected), terms(analyzer, TextNormalizer.normalize(input)), "terms of '" + input + "'");
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
