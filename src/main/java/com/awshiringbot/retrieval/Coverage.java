package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
     * The question's units, as indexes of their tokens, in the order they first occur; a unit with the same terms as
     * an earlier one is left out, so a word typed twice counts once.
     */
    private static List<int[]> keptUnits(QueryTerms terms, Field field) {
        List<int[]> units = field == Field.BIGRAM ? oneTokenEach(terms.tokens()) : byStart(terms.tokens());
        boolean[] keptAlone = new boolean[terms.terms().size()];
        List<int[]> keptTogether = new ArrayList<>();
        List<int[]> kept = new ArrayList<>(units.size());
        for (int[] unit : units) {
            int[] unitTerms = distinctTerms(terms, unit);
            boolean alone = unitTerms.length == 1;
            if (alone ? !keptAlone[unitTerms[0]] : !containsEqual(keptTogether, unitTerms)) {
                if (alone) {
                    keptAlone[unitTerms[0]] = true;
                } else {
                    keptTogether.add(unitTerms);
                }
                kept.add(unit);
            }
        }
        return kept;
    }

    /**
     * Each token a unit: bigrams have no synonyms, and their offsets are unreliable once a char filter removed spaces.
     */
    private static List<int[]> oneTokenEach(List<Token> tokens) {
        List<int[]> units = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            units.add(new int[] {i});
        }
        return units;
    }

    /** The tokens that start at the same place (a typed word and the synonyms added for it), in order of start. */
    private static List<int[]> byStart(List<Token> tokens) {
        List<int[]> units = new ArrayList<>();
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
        return units;
    }

    /** The numbers of the distinct terms of {@code unit}'s tokens, sorted. */
    private static int[] distinctTerms(QueryTerms terms, int[] unit) {
        int[] numbers = new int[unit.length];
        for (int i = 0; i < unit.length; i++) {
            numbers[i] = terms.termOf(unit[i]);
        }
        Arrays.sort(numbers);
        int distinct = 0;
        for (int number : numbers) {
            if (distinct == 0 || numbers[distinct - 1] != number) {
                numbers[distinct++] = number;
            }
        }
        return distinct == numbers.length ? numbers : Arrays.copyOf(numbers, distinct);
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
     * up whether an entry has each of the units' terms.
     */
    static final class Units {
        /** Every token of the kept units; paths and matched synonyms are indexes into it. */
        private final Token[] tokens;
        /** Each token's number among the question's distinct terms. */
        private final int[] termOf;
        /** Per distinct term, the entries whose questions have it. */
        private final BitSet[] inQuestions;
        /** Per distinct term, the entries whose answer has it. */
        private final BitSet[] inAnswers;
        private final double[] weights;
        /** The sum of the weights. */
        private final double total;
        /** 1, or the verb weight for a question without a topical word. */
        private final double scale;
        /** Per unit, the ways through its token graph (see {@link #paths}), as token indexes. */
        private final int[][][] paths;
        /** The ways of only synonyms, in the order of {@link #paths}: those an entry's questions have are matched. */
        private final int[][] synonymPaths;
        /** Per unit, its typed terms: what is missing when the entry lacks it. */
        private final List<List<String>> typedTerms;
        private final SearchOptions options;

        private Units(QueryTerms terms, List<int[]> units, double[] weights, double scale, SearchOptions options) {
            this.weights = weights;
            this.scale = scale;
            this.options = options;
            double sum = 0;
            for (double weight : weights) {
                sum += weight;
            }
            this.total = sum;
            int distinct = terms.terms().size();
            this.inQuestions = new BitSet[distinct];
            this.inAnswers = new BitSet[distinct];
            for (int t = 0; t < distinct; t++) {
                inQuestions[t] = terms.indexed(t).inQuestions();
                inAnswers[t] = terms.indexed(t).inAnswers();
            }
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
                for (int index : unit) {
                    Token token = questionTokens.get(index);
                    tokens[next] = token;
                    termOf[next] = terms.termOf(index);
                    next++;
                    if (!token.synonym()) {
                        typed.add(token.term());
                    }
                }
                typedTerms.add(typed);
                paths[u] = unit.length == 1 ? new int[][] {{first}} : unitPaths(first, unit.length);
            }
            List<int[]> ofSynonyms = new ArrayList<>(0);
            for (int[][] unitPaths : paths) {
                for (int[] path : unitPaths) {
                    if (allSynonyms(path)) {
                        ofSynonyms.add(path);
                    }
                }
            }
            this.synonymPaths = ofSynonyms.toArray(new int[0][]);
        }

        private boolean allSynonyms(int[] path) {
            for (int token : path) {
                if (!tokens[token].synonym()) {
                    return false;
                }
            }
            return true;
        }

        /** The paths of the unit of tokens {@code first} to {@code first + length - 1}, as token indexes. */
        private int[][] unitPaths(int first, int length) {
            List<List<Integer>> unitPaths = paths(Arrays.asList(tokens).subList(first, first + length));
            int[][] indexes = new int[unitPaths.size()][];
            for (int p = 0; p < unitPaths.size(); p++) {
                List<Integer> path = unitPaths.get(p);
                indexes[p] = new int[path.size()];
                for (int i = 0; i < path.size(); i++) {
                    indexes[p][i] = first + path.get(i);
                }
            }
            return indexes;
        }

        /** The coverage of this question by entry {@code entry}, from what its terms' dictionary entries say. */
        Coverage measure(int entry) {
            int[] matchedSynonyms = null;
            int matchedCount = 0;
            for (int[] path : synonymPaths) {
                if (allIn(path, inQuestions, entry)) {
                    if (matchedSynonyms == null) {
                        matchedSynonyms = new int[tokens.length * 2];
                    } else if (matchedCount + path.length > matchedSynonyms.length) {
                        matchedSynonyms = Arrays.copyOf(matchedSynonyms, 2 * (matchedCount + path.length));
                    }
                    for (int token : path) {
                        matchedSynonyms[matchedCount++] = token;
                    }
                }
            }
            double matched = 0;
            List<String> missing = new ArrayList<>();
            for (int u = 0; u < paths.length; u++) {
                double weight = weights[u];
                boolean found = false;
                boolean inAnswerToo = false;
                // a multi-word synonym (work-life balance) counts only when all its words are there
                for (int[] path : paths[u]) {
                    found = found || allFound(path, entry, matchedSynonyms, matchedCount);
                    inAnswerToo = inAnswerToo || allIn(path, inAnswers, entry);
                }
                if (found) {
                    matched += weight;
                } else {
                    matched += inAnswerToo ? options.answerCredit() * weight : 0;
                    missing.addAll(typedTerms.get(u));
                }
            }
            return total == 0 ? NONE : new Coverage(scale * matched / Math.max(total, options.minWeight()), missing);
        }

        private boolean allFound(int[] path, int entry, int[] matchedSynonyms, int matchedCount) {
            for (int token : path) {
                if (!inQuestions[termOf[token]].get(entry)
                        && !standsFor(tokens, matchedSynonyms, matchedCount, tokens[token])) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the entry is in the sets {@code entries} of every term of {@code path}. */
        private boolean allIn(int[] path, BitSet[] entries, int entry) {
            for (int token : path) {
                if (!entries[termOf[token]].get(entry)) {
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
