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
 * mistaken for a question about AWS. A question with no topical word at all (only verbs and {@link WeakWords}: "이름이
 * 뭐야", "ok", "어떡해요") names no topic, so its share is scaled down by the verb weight, far under any answer bar:
 * its entries can be offered as choices, not answered.
 */
record Coverage(double share, List<String> missing) {
    static final Coverage NONE = new Coverage(0, List.of());

    /** Whether a matched synonym stands for a phrase {@code token} is part of ("amazon web services" → aws). */
    private static boolean standsFor(List<Token> matchedSynonyms, Token token) {
        if (token.synonym()) {
            return false;
        }
        for (Token s : matchedSynonyms) { // a loop, not a stream: this runs for every term of ten entries a question
            if (s.start() <= token.start() && token.end() <= s.end() && s.end() - s.start() > token.end() - token.start()) {
                return true;
            }
        }
        return false;
    }

    interface Idf {
        double of(Field field, String term);
    }

    /** The coverage of a question analysed into {@code tokens} by an entry with these question and answer terms. */
    static Coverage measure(List<Token> tokens, Set<String> questionTerms, Set<String> answerTerms, Idf idf, Field field,
            SearchOptions options) {
        return units(tokens, idf, field, options).measure(questionTerms, answerTerms);
    }

    /** The question's side of the measure, the same for every entry: its units and their weights. */
    static Units units(List<Token> tokens, Idf idf, Field field, SearchOptions options) {
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
        List<List<Token>> kept = new ArrayList<>(units.values());
        double[] weights = new double[kept.size()];
        for (int u = 0; u < kept.size(); u++) {
            List<Token> unit = kept.get(u);
            boolean typed = unit.stream().anyMatch(t -> !t.synonym());
            double weight = 0;
            for (Token token : unit) {
                if (!typed || !token.synonym()) {
                    double factor = token.topical() ? 1.0 : options.verbWeight();
                    weight = Math.max(weight, factor * idf.of(field, token.term()));
                }
            }
            weights[u] = weight;
        }
        List<List<List<Token>>> paths = new ArrayList<>(kept.size());
        for (List<Token> unit : kept) {
            paths.add(paths(unit));
        }
        // a synonym is always topical: a verb with synonyms (떨려요 = 긴장) is a maintained domain word
        boolean topical = tokens.stream().anyMatch(Token::topical);
        return new Units(kept, weights, paths, topical ? 1.0 : options.verbWeight(), options);
    }

    /**
     * A question's units in one field, weighed once per question; {@link #measure} then only looks each unit up in
     * an entry's terms.
     */
    static final class Units {
        private final List<List<Token>> units;
        private final double[] weights;
        private final List<List<List<Token>>> paths;
        /** 1, or the verb weight for a question without a topical word. */
        private final double scale;
        private final SearchOptions options;

        private Units(List<List<Token>> units, double[] weights, List<List<List<Token>>> paths, double scale,
                SearchOptions options) {
            this.units = units;
            this.weights = weights;
            this.paths = paths;
            this.scale = scale;
            this.options = options;
        }

        /** The coverage of this question by an entry whose questions have {@code questionTerms}. */
        Coverage measure(Set<String> questionTerms, Set<String> answerTerms) {
            List<Token> matchedSynonyms = new ArrayList<>();
            for (List<List<Token>> unitPaths : paths) {
                for (List<Token> path : unitPaths) {
                    if (allSynonymsIn(path, questionTerms)) {
                        matchedSynonyms.addAll(path);
                    }
                }
            }
            double total = 0;
            double matched = 0;
            List<String> missing = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                List<Token> unit = units.get(u);
                double weight = weights[u];
                boolean found = false;
                boolean inAnswer = false;
                // a multi-word synonym (work-life balance) counts only when all its words are there
                for (List<Token> path : paths.get(u)) {
                    found = found || allFound(path, questionTerms, matchedSynonyms);
                    inAnswer = inAnswer || allIn(path, answerTerms);
                }
                total += weight;
                if (found) {
                    matched += weight;
                } else {
                    matched += inAnswer ? options.answerCredit() * weight : 0;
                    for (Token token : unit) {
                        if (!token.synonym()) {
                            missing.add(token.term());
                        }
                    }
                }
            }
            return total == 0 ? NONE : new Coverage(scale * matched / Math.max(total, options.minWeight()), missing);
        }
    }

    private static boolean allSynonymsIn(List<Token> path, Set<String> terms) {
        for (Token token : path) {
            if (!token.synonym() || !terms.contains(token.term())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFound(List<Token> path, Set<String> terms, List<Token> matchedSynonyms) {
        for (Token token : path) {
            if (!terms.contains(token.term()) && !standsFor(matchedSynonyms, token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allIn(List<Token> path, Set<String> terms) {
        for (Token token : path) {
            if (!terms.contains(token.term())) {
                return false;
            }
        }
        return true;
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
