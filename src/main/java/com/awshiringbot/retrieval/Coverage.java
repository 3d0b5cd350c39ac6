package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a question an entry's questions account for: the question's terms grouped into units (a typed word and
 * the synonyms added for it share a start), each unit weighted by the rarity of its typed term (less for a verb), and
 * the share of that weight whose unit the entry's questions contain — partly credited when only its answer does. A word the knowledge never uses gets the highest weight, so "AWS 연봉" is not
 * mistaken for a question about AWS.
 */
record Coverage(double share, List<String> missing) {
    static final Coverage NONE = new Coverage(0, List.of());

    interface Idf {
        double of(Field field, String term);
    }

    static Coverage measure(List<Token> tokens, Set<String> questionTerms, Set<String> answerTerms, Idf idf, Field field,
            SearchOptions options) {
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
            boolean inAnswer = false;
            for (Token token : unit) {
                if (!typed || !token.synonym()) {
                    double factor = token.topical() ? 1.0 : options.verbWeight();
                    weight = Math.max(weight, factor * idf.of(field, token.term()));
                }
                found |= questionTerms.contains(token.term());
                inAnswer |= answerTerms.contains(token.term());
            }
            total += weight;
            if (found) {
                matched += weight;
            } else {
                matched += inAnswer ? options.answerCredit() * weight : 0;
                unit.stream().filter(t -> !t.synonym()).map(Token::term).forEach(missing::add);
            }
        }
        return total == 0 ? NONE : new Coverage(matched / Math.max(total, options.minWeight()), missing);
    }
}
