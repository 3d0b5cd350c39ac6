package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a question an entry's questions account for: the question's terms grouped into units (a typed word and
 * the synonyms added for it share a start), each unit weighted by the rarity of its typed term, and the share of that
 * weight whose unit the entry contains. A word the knowledge never uses gets the highest weight, so "AWS 연봉" is not
 * mistaken for a question about AWS.
 */
record Coverage(double share, List<String> missing) {
    static final Coverage NONE = new Coverage(0, List.of());

    interface Idf {
        double of(Field field, String term);
    }

    static Coverage measure(List<Token> tokens, Set<String> entryTerms, Idf idf, Field field) {
        Map<Integer, List<Token>> units = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // bigrams have no synonyms, and their offsets are unreliable once a char filter removed spaces
            int unit = field == Field.BIGRAM ? i : token.start();
            units.computeIfAbsent(unit, start -> new ArrayList<>()).add(token);
        }
        double total = 0;
        double matched = 0;
        List<String> missing = new ArrayList<>();
        for (List<Token> unit : units.values()) {
            boolean typed = unit.stream().anyMatch(t -> !t.synonym());
            double weight = 0;
            boolean found = false;
            for (Token token : unit) {
                if (!typed || !token.synonym()) {
                    weight = Math.max(weight, idf.of(field, token.term()));
                }
                found |= entryTerms.contains(token.term());
            }
            total += weight;
            if (found) {
                matched += weight;
            } else {
                unit.stream().filter(t -> !t.synonym()).map(Token::term).forEach(missing::add);
            }
        }
        return total == 0 ? NONE : new Coverage(matched / total, missing);
    }
}
