package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of a question an entry's questions account for: the question's terms grouped into units (a typed word and
 * the synonyms added for it share a start), each unit weighted by the rarity of its typed term (less for a verb), and
 * the share of that weight whose unit the entry's questions contain — partly credited when only its answer does. A word the knowledge never uses gets the highest weight, so "AWS 연봉" is not
 * mistaken for a question about AWS.
 */
record Coverage(double share, List<String> missing) {
    static final Coverage NONE = new Coverage(0, List.of());

    /** Whether a matched synonym stands for a phrase {@code token} is part of ("amazon web services" → aws). */
    private static boolean standsFor(List<Token> matchedSynonyms, Token token) {
        return !token.synonym() && matchedSynonyms.stream()
                .anyMatch(s -> s.start() <= token.start() && token.end() <= s.end() && s.end() - s.start() > token.end() - token.start());
    }

    interface Idf {
        double of(Field field, String term);
    }

    static Coverage measure(List<Token> tokens, Set<String> questionTerms, Set<String> answerTerms, Idf idf, Field field,
            SearchOptions options) {
        Map<Integer, List<Token>> byStart = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // bigrams have no synonyms, and their offsets are unreliable once a char filter removed spaces
            int unit = field == Field.BIGRAM ? i : token.start();
            byStart.computeIfAbsent(unit, start -> new ArrayList<>()).add(token);
        }
        Map<Set<String>, List<Token>> units = new LinkedHashMap<>(); // a word typed twice counts once
        for (List<Token> unit : byStart.values()) {
            units.putIfAbsent(unit.stream().map(Token::term).collect(Collectors.toSet()), unit);
        }
        Map<List<Token>, List<List<Token>>> paths = new LinkedHashMap<>();
        for (List<Token> unit : units.values()) {
            paths.put(unit, paths(unit));
        }
        List<Token> matchedSynonyms = paths.values().stream()
                .flatMap(List::stream)
                .filter(path -> path.stream().allMatch(t -> t.synonym() && questionTerms.contains(t.term())))
                .flatMap(List::stream)
                .toList();
        double total = 0;
        double matched = 0;
        List<String> missing = new ArrayList<>();
        for (List<Token> unit : units.values()) {
            boolean typed = unit.stream().anyMatch(t -> !t.synonym());
            double weight = 0;
            for (Token token : unit) {
                if (!typed || !token.synonym()) {
                    double factor = token.topical() ? 1.0 : options.verbWeight();
                    weight = Math.max(weight, factor * idf.of(field, token.term()));
                }
            }
            // a multi-word synonym (work-life balance) counts only when all its words are there
            boolean found = paths.get(unit).stream().anyMatch(path -> path.stream()
                    .allMatch(t -> questionTerms.contains(t.term()) || standsFor(matchedSynonyms, t)));
            boolean inAnswer = paths.get(unit).stream().anyMatch(path -> path.stream()
                    .allMatch(t -> answerTerms.contains(t.term())));
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

    /**
     * The ways through one unit's token graph: each chain of its tokens from its first node to a node where none of
     * its tokens continues. A typed word and each single-word synonym are a way of one token; a multi-word synonym
     * is a way of several.
     */
    private static List<List<Token>> paths(List<Token> unit) {
        int first = unit.stream().mapToInt(Token::from).min().orElse(0);
        List<List<Token>> paths = new ArrayList<>();
        for (Token token : unit) {
            if (token.from() == first) {
                extend(unit, new ArrayList<>(List.of(token)), paths);
            }
        }
        return paths;
    }

    private static void extend(List<Token> unit, List<Token> path, List<List<Token>> paths) {
        Token last = path.get(path.size() - 1);
        List<Token> next = unit.stream().filter(t -> t.from() == last.to()).toList();
        if (next.isEmpty()) {
            paths.add(List.copyOf(path));
            return;
        }
        for (Token token : next) {
            path.add(token);
            extend(unit, path, paths);
            path.remove(path.size() - 1);
        }
    }
}
