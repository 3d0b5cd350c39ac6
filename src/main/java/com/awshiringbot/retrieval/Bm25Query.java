package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A query for {@link Bm25Index}: what Lucene's {@code BooleanQuery} of one {@code BoostQuery(BooleanQuery)} per field,
 * each of {@code BoostQuery(TermQuery)} clauses, expresses. Built with {@link #builder()}.
 */
final class Bm25Query {
    private final List<Group> groups;

    private Bm25Query(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    static Builder builder() {
        return new Builder();
    }

    List<Group> groups() {
        return groups;
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** One field's terms, each with its own boost, under the field's boost. */
    static final class Group {
        private final String field;
        private final float boost;
        private final String[] terms;
        private final float[] termBoosts;

        private Group(String field, float boost, String[] terms, float[] termBoosts) {
            this.field = field;
            this.boost = boost;
            this.terms = terms;
            this.termBoosts = termBoosts;
        }

        String field() {
            return field;
        }

        float boost() {
            return boost;
        }

        int size() {
            return terms.length;
        }

        String term(int i) {
            return terms[i];
        }

        float termBoost(int i) {
            return termBoosts[i];
        }
    }

    /** Adds groups one by one; a group's terms must be distinct. */
    static final class Builder {
        private final List<Group> groups = new ArrayList<>();
        private String field;
        private float boost;
        private String[] terms = new String[8];
        private float[] termBoosts = new float[8];
        private int size;

        /** Starts the clauses of {@code field}, whose scores are multiplied by {@code boost}. */
        Builder field(String name, float fieldBoost) {
            close();
            this.field = name;
            this.boost = fieldBoost;
            return this;
        }

        /** A term of the current field. */
        Builder term(String term, float termBoost) {
            if (field == null) {
                throw new IllegalStateException("term '" + term + "' before any field");
            }
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
                termBoosts = Arrays.copyOf(termBoosts, size * 2);
            }
            terms[size] = term;
            termBoosts[size] = termBoost;
            size++;
            return this;
        }

        Bm25Query build() {
            close();
            return new Bm25Query(groups);
        }

        private void close() {
            if (field != null && size > 0) {
                groups.add(new Group(field, boost, Arrays.copyOf(terms, size), Arrays.copyOf(termBoosts, size)));
            }
            field = null;
            size = 0;
        }
    }
}
