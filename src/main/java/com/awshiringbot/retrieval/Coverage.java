package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** The question's side of the measure, the same for every entry: its units and their weights. */
    static Units units(QueryTerms terms, Field field, SearchOptions options) {
        List<Token> tokens = terms.tokens();
        List<int[]> kept = keptUnits(terms, field);
        double[] weights = new double[kept.size()];
        for (int u = 0; u < kept.size(); u++) {
            int[] unit = kept.get(u);
            boolean typed = false;
            for (int token : unit) {
                typed |= !tokens.get(token).synonym();
            }
            double weight = 0;
            for (int token : unit) {
                Token t = tokens.get(token);
                if (!typed || !t.synonym()) {
                    double factor = t.topical() ? 1.0 : options.verbWeight();
                    weight = Math.max(weight, factor * terms.indexed(terms.termOf(token)).idf());
                }
            }
            weights[u] = weight;
        }
        // a synonym is always topical: a verb with synonyms (떨려요 = 긴장) is a maintained domain word
        boolean topical = tokens.stream().anyMatch(Token::topical);
        return new Units(terms, kept, weights, topical ? 1.0 : options.verbWeight(), options);
    }

    /**
     * The question's units, as indexes of their tokens: the tokens that start where a typed word starts (the word and
     * the synonyms added for it), in the order the starts first occur; a unit with the same terms as an earlier one
     * is left out, so a word typed twice counts once.
     */
    private static List<int[]> keptUnits(QueryTerms terms, Field field) {
        List<Token> tokens = terms.tokens();
        List<int[]> units = new ArrayList<>();
        if (field == Field.BIGRAM) {
            // bigrams have no synonyms, and their offsets are unreliable once a char filter removed spaces
            for (int i = 0; i < tokens.size(); i++) {
                units.add(new int[] {i});
            }
        } else {
            int[] starts = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                int start = tokens.get(i).start();
                int u = units.size() - 1;
                while (u >= 0 && starts[u] != start) {
                    u--;
                }
                if (u < 0) {
                    starts[units.size()] = start;
                    units.add(new int[] {i});
                } else {
                    int[] unit = Arrays.copyOf(units.get(u), units.get(u).length + 1);
                    unit[unit.length - 1] = i;
                    units.set(u, unit);
                }
            }
        }
        boolean[] single = new boolean[terms.terms().size()];
        List<int[]> multiple = new ArrayList<>();
        List<int[]> kept = new ArrayList<>(units.size());
        for (int[] unit : units) {
            int[] unitTerms = distinctTerms(terms, unit);
            if (unitTerms.length == 1 ? !single[unitTerms[0]] : !containsEqual(multiple, unitTerms)) {
                if (unitTerms.length == 1) {
                    single[unitTerms[0]] = true;
                } else {
                    multiple.add(unitTerms);
                }
                kept.add(unit);
            }
        }
        return kept;
    }

    /** The numbers of the distinct terms of {@code unit}'s tokens, sorted. */
    private static int[] distinctTerms(QueryTerms terms, int[] unit) {
        int[] numbers = new int[unit.length];
        for (int i = 0; i < unit.length; i++) {
            numbers[i] = terms.termOf(unit[i]);
        }
        return Arrays.stream(numbers).sorted().distinct().toArray();
    }

    private static boolean containsEqual(List<int[]> sets, int[] set) {
        for (int[] other : sets) {
            if (Arrays.equals(other, set)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question's units in one field, weighed once per question, in flat arrays: {@link #measure} then only looks
     * up whether an entry has each of the question's distinct terms, once per term.
     */
    static final class Units {
        private final QueryTerms terms;
        /** Every token of the kept units; paths and matched synonyms are indexes into it. */
        private final Token[] tokens;
        /** Each token's number among the question's distinct terms. */
        private final int[] termOf;
        private final double[] weights;
        /** 1, or the verb weight for a question without a topical word. */
        private final double scale;
        /** Per unit, the ways through its token graph (see {@link #paths}), as token indexes. */
        private final int[][][] paths;
        /** Per unit, its typed terms: what is missing when the entry lacks it. */
        private final List<List<String>> typedTerms;
        private final SearchOptions options;

        private Units(QueryTerms terms, List<int[]> units, double[] weights, double scale, SearchOptions options) {
            this.terms = terms;
            this.weights = weights;
            this.scale = scale;
            this.options = options;
            List<Token> questionTokens = terms.tokens();
            int count = 0;
            for (int[] unit : units) {
                count += unit.length;
            }
            this.tokens = new Token[count];
            this.termOf = new int[count];
            this.paths = new int[units.size()][][];
            this.typedTerms = new ArrayList<>(units.size());
            int next = 0;
            for (int u = 0; u < units.size(); u++) {
                int[] unit = units.get(u);
                int first = next;
                List<String> typed = new ArrayList<>(1);
                List<Token> unitTokens = new ArrayList<>(unit.length);
                for (int index : unit) {
                    Token token = questionTokens.get(index);
                    unitTokens.add(token);
                    tokens[next] = token;
                    termOf[next] = terms.termOf(index);
                    next++;
                    if (!token.synonym()) {
                        typed.add(token.term());
                    }
                }
                typedTerms.add(typed);
                if (unit.length == 1) {
                    paths[u] = new int[][] {{first}};
                    continue;
                }
                List<List<Integer>> unitPaths = paths(unitTokens);
                paths[u] = new int[unitPaths.size()][];
                for (int p = 0; p < unitPaths.size(); p++) {
                    List<Integer> path = unitPaths.get(p);
                    paths[u][p] = new int[path.size()];
                    for (int i = 0; i < path.size(); i++) {
                        paths[u][p][i] = first + path.get(i);
                    }
                }
            }
        }

        /** The coverage of this question by entry {@code entry}, from what its terms' dictionary entries say. */
        Coverage measure(int entry) {
            int count = terms.terms().size();
            boolean[] inQuestions = new boolean[count];
            boolean[] inAnswer = new boolean[count];
            for (int t = 0; t < count; t++) {
                IndexedTerm indexed = terms.indexed(t);
                inQuestions[t] = indexed.inQuestions().get(entry);
                inAnswer[t] = indexed.inAnswers().get(entry);
            }
            return measure(inQuestions, inAnswer);
        }

        /**
         * The coverage of this question by an entry whose questions have the terms {@code inQuestions} marks and
         * whose answer has those {@code inAnswer} marks, both indexed like the question's distinct terms.
         */
        private Coverage measure(boolean[] inQuestions, boolean[] inAnswer) {
            int[] matchedSynonyms = new int[tokens.length * 2];
            int matchedCount = 0;
            for (int[][] unitPaths : paths) {
                for (int[] path : unitPaths) {
                    if (allSynonymsIn(path, inQuestions)) {
                        if (matchedCount + path.length > matchedSynonyms.length) {
                            matchedSynonyms = Arrays.copyOf(matchedSynonyms, 2 * (matchedCount + path.length));
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
