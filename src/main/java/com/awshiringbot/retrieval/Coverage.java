package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static boolean standsFor(Token[] tokens, int[] matchedSynonyms, int matchedCount, Token token) {
        if (token.synonym()) {
            return false;
        }
        for (int i = 0; i < matchedCount; i++) {
            Token s = tokens[matchedSynonyms[i]];
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
        List<List<Token>> byStart = new ArrayList<>();
        if (field == Field.BIGRAM) {
            // bigrams have no synonyms, and their offsets are unreliable once a char filter removed spaces
            for (Token token : tokens) {
                byStart.add(List.of(token));
            }
        } else {
            Map<Integer, List<Token>> starts = new LinkedHashMap<>();
            for (Token token : tokens) {
                starts.computeIfAbsent(token.start(), start -> new ArrayList<>(2)).add(token);
            }
            byStart.addAll(starts.values());
        }
        Map<Set<String>, List<Token>> units = new LinkedHashMap<>(); // a word typed twice counts once
        for (List<Token> unit : byStart) {
            Set<String> terms;
            if (unit.size() == 1) {
                terms = Set.of(unit.get(0).term()); // equal to, and hashed as, a HashSet of the one term
            } else {
                terms = new HashSet<>();
                for (Token token : unit) {
                    terms.add(token.term());
                }
            }
            units.putIfAbsent(terms, unit);
        }
        List<List<Token>> kept = new ArrayList<>(units.values());
        double[] weights = new double[kept.size()];
        for (int u = 0; u < kept.size(); u++) {
            List<Token> unit = kept.get(u);
            boolean typed = false;
            for (Token token : unit) {
                typed |= !token.synonym();
            }
            double weight = 0;
            for (Token token : unit) {
                if (!typed || !token.synonym()) {
                    double factor = token.topical() ? 1.0 : options.verbWeight();
                    weight = Math.max(weight, factor * idf.of(field, token.term()));
                }
            }
            weights[u] = weight;
        }
        // a synonym is always topical: a verb with synonyms (떨려요 = 긴장) is a maintained domain word
        boolean topical = tokens.stream().anyMatch(Token::topical);
        return new Units(kept, weights, topical ? 1.0 : options.verbWeight(), options);
    }

    /**
     * A question's units in one field, weighed once per question, in flat arrays: {@link #measure} then only looks
     * up whether an entry has each of the question's distinct terms, once per term.
     */
    static final class Units {
        /** Every token of the kept units; paths and matched synonyms are indexes into it. */
        private final Token[] tokens;
        /** Each token's index into {@link #terms}. */
        private final int[] termOf;
        private final List<String> terms;
        private final double[] weights;
        /** 1, or the verb weight for a question without a topical word. */
        private final double scale;
        /** Per unit, the ways through its token graph (see {@link #paths}), as token indexes. */
        private final int[][][] paths;
        /** Per unit, its typed terms: what is missing when the entry lacks it. */
        private final List<List<String>> typedTerms;
        private final SearchOptions options;

        private Units(List<List<Token>> units, double[] weights, double scale, SearchOptions options) {
            this.weights = weights;
            this.scale = scale;
            this.options = options;
            List<Token> all = new ArrayList<>();
            Map<String, Integer> termIndex = new HashMap<>();
            List<String> distinct = new ArrayList<>();
            this.paths = new int[units.size()][][];
            this.typedTerms = new ArrayList<>(units.size());
            for (int u = 0; u < units.size(); u++) {
                List<Token> unit = units.get(u);
                int first = all.size();
                List<String> typed = new ArrayList<>(1);
                for (Token token : unit) {
                    all.add(token);
                    if (termIndex.putIfAbsent(token.term(), distinct.size()) == null) {
                        distinct.add(token.term());
                    }
                    if (!token.synonym()) {
                        typed.add(token.term());
                    }
                }
                typedTerms.add(typed);
                if (unit.size() == 1) {
                    paths[u] = new int[][] {{first}};
                    continue;
                }
                List<List<Integer>> unitPaths = paths(unit);
                paths[u] = new int[unitPaths.size()][];
                for (int p = 0; p < unitPaths.size(); p++) {
                    List<Integer> path = unitPaths.get(p);
                    paths[u][p] = new int[path.size()];
                    for (int i = 0; i < path.size(); i++) {
                        paths[u][p][i] = first + path.get(i);
                    }
                }
            }
            this.tokens = all.toArray(new Token[0]);
            this.termOf = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                termOf[i] = termIndex.get(tokens[i].term());
            }
            this.terms = List.copyOf(distinct);
        }

        /** The question's distinct terms, in the order the membership arrays of {@link #measure} follow. */
        List<String> terms() {
            return terms;
        }

        /** The coverage of this question by an entry whose questions have {@code questionTerms}. */
        Coverage measure(Set<String> questionTerms, Set<String> answerTerms) {
            boolean[] inQuestions = new boolean[terms.size()];
            boolean[] inAnswer = new boolean[terms.size()];
            for (int t = 0; t < inQuestions.length; t++) {
                inQuestions[t] = questionTerms.contains(terms.get(t));
                inAnswer[t] = answerTerms.contains(terms.get(t));
            }
            return measure(inQuestions, inAnswer);
        }

        /**
         * The coverage of this question by an entry whose questions have the terms {@code inQuestions} marks and
         * whose answer has those {@code inAnswer} marks, both indexed like {@link #terms}.
         */
        Coverage measure(boolean[] inQuestions, boolean[] inAnswer) {
            int[] matchedSynonyms = new int[tokens.length * 2];
            int matchedCount = 0;
            for (int[][] unitPaths : paths) {
                for (int[] path : unitPaths) {
                    if (allSynonymsIn(path, inQuestions)) {
                        if (matchedCount + path.length > matchedSynonyms.length) {
                            matchedSynonyms = java.util.Arrays.copyOf(matchedSynonyms, 2 * (matchedCount + path.length));
                        }
                        for (int token : path) {
                            matchedSynonyms[matchedCount++] = token;
                        }
                    }
                }
            }
            double total = 0;
            double matched = 0;
            List<String> missing = new ArrayList<>();
            for (int u = 0; u < paths.length; u++) {
                double weight = weights[u];
                boolean found = false;
                boolean inAnswerToo = false;
                // a multi-word synonym (work-life balance) counts only when all its words are there
                for (int[] path : paths[u]) {
                    found = found || allFound(path, inQuestions, matchedSynonyms, matchedCount);
                    inAnswerToo = inAnswerToo || allIn(path, inAnswer);
                }
                total += weight;
                if (found) {
                    matched += weight;
                } else {
                    matched += inAnswerToo ? options.answerCredit() * weight : 0;
                    missing.addAll(typedTerms.get(u));
                }
            }
            return total == 0 ? NONE : new Coverage(scale * matched / Math.max(total, options.minWeight()), missing);
        }

        private boolean allSynonymsIn(int[] path, boolean[] in) {
            for (int token : path) {
                if (!tokens[token].synonym() || !in[termOf[token]]) {
                    return false;
                }
            }
            return true;
        }

        private boolean allFound(int[] path, boolean[] in, int[] matchedSynonyms, int matchedCount) {
            for (int token : path) {
                if (!in[termOf[token]] && !standsFor(tokens, matchedSynonyms, matchedCount, tokens[token])) {
                    return false;
                }
            }
            return true;
        }

        private boolean allIn(int[] path, boolean[] in) {
            for (int token : path) {
                if (!in[termOf[token]]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The ways through one unit's token graph, as indexes into {@code unit}: each chain of its tokens from its first
     * node to a node where none of its tokens continues. A typed word and each single-word synonym are a way of one
     * token; a multi-word synonym is a way of several.
     */
    private static List<List<Integer>> paths(List<Token> unit) {
        int first = Integer.MAX_VALUE;
        for (Token token : unit) {
            first = Math.min(first, token.from());
        }
        List<List<Integer>> paths = new ArrayList<>();
        for (int i = 0; i < unit.size(); i++) {
            if (unit.get(i).from() == first) {
                List<Integer> path = new ArrayList<>();
                path.add(i);
                extend(unit, path, paths);
            }
        }
        return paths;
    }

    private static void extend(List<Token> unit, List<Integer> path, List<List<Integer>> paths) {
        Token last = unit.get(path.get(path.size() - 1));
        boolean extended = false;
        for (int i = 0; i < unit.size(); i++) {
            if (unit.get(i).from() == last.to()) {
                extended = true;
                path.add(i);
                extend(unit, path, paths);
                path.remove(path.size() - 1);
            }
        }
        if (!extended) {
            paths.add(List.copyOf(path));
        }
    }
}
