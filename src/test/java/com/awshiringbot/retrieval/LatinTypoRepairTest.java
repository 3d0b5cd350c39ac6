package com.awshiringbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatinTypoRepairTest {
    private static final Map<String, Integer> DOC_FREQ = Map.of(
            "interview", 40, "mentor", 3, "mentos", 1, "never", 7, "loop", 12, "star", 9, "salary", 2, "면접", 50,
            "submit", 4);
    private static final LatinTypoRepair REPAIR =
            new LatinTypoRepair(DOC_FREQ.keySet(), term -> DOC_FREQ.getOrDefault(term, 0), Set.of("summit"));

    @Test
    void aWordOneEditFromAKnownWordIsReadAsIt() {
        assertEquals(List.of("loop", "interview"), terms(REPAIR.repair(tokens("loop", "intervew"))));
        assertEquals(List.of("interview"), terms(REPAIR.repair(tokens("intreview"))));
    }

    @Test
    void amongSeveralNeighboursTheMostFrequentWins() {
        assertEquals(List.of("mentor"), terms(REPAIR.repair(tokens("mentoz"))));
    }

    @Test
    void knownShortAndFarWordsStayAsTyped() {
        List<Token> known = tokens("loop", "star");
        assertSame(known, REPAIR.repair(known));
        // naver is one edit from never, but a five-letter word has too many real neighbours to guess
        assertEquals(List.of("stat", "naver", "sallery", "intrvw"),
                terms(REPAIR.repair(tokens("stat", "naver", "sallery", "intrvw"))));
    }

    @Test
    void aWordNamedAsLeftOutIsNotReadAsItsNeighbour() {
        // summit is one edit from submit, like submitt
        assertEquals(List.of("summit", "submit"), terms(REPAIR.repair(tokens("summit", "submitt"))));
    }

    @Test
    void synonymsAndHangulAreNotRepaired() {
        Token synonym = new Token("intervew", 0, 8, 0, 1, true, true);
        assertEquals(List.of("intervew", "면잡"), terms(REPAIR.repair(List.of(synonym, token("면잡", 1)))));
    }

    @Test
    void aRepairedWordKeepsItsPlaceAndWeight() {
        Token typed = new Token("intervew", 5, 13, 1, 2, false, false);
        assertEquals(new Token("interview", 5, 13, 1, 2, false, false), REPAIR.repair(List.of(typed)).get(0));
    }

    private static List<Token> tokens(String... terms) {
        Token[] tokens = new Token[terms.length];
        for (int i = 0; i < terms.length; i++) {
            tokens[i] = token(terms[i], i);
        }
        return List.of(tokens);
    }

    private static Token token(String term, int position) {
        return new Token(term, position * 10, position * 10 + term.length(), position, position + 1, false, true);
    }

    private static List<String> terms(List<Token> tokens) {
        return tokens.stream().map(Token::term).toList();
    }
}
