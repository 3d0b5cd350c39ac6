package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A query for {@link Bm25Index}: what Lucene's {@code BooleanQuery} of one {@code BoostQuery(BooleanQuery)} per field,
 * each of {@code BoostQuery(TermQuery)} clauses, expresses. Its terms come already looked up, as their postings, so
 * that scoring looks nothing up. Built with {@link #builder()}.
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

    /** Whether the query matches nothing: it has no indexed term. */
    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** One field's terms, each with its own boost, under the field's boost. */
    static final class Group {
        private final float boost;
        private final Bm25Index.TermPostings[] postings;
        private final float[] termBoosts;

        private Group(float boost, Bm25Index.TermPostings[] postings, float[] termBoosts) {
            this.boost = boost;
            this.postings = postings;
            this.termBoosts = termBoosts;
        }

        float boost() {
            return boost;
        }

        int size() {
            return postings.length;
        }

        Bm25Index.TermPostings postings(int i) {
            return postings[i];
        }

        float termBoost(int i) {
            return termBoosts[i];
        }
    }

    /** Adds groups one by one; a group's terms must be distinct. */
    static final class Builder {
        private final List<Group> groups = new ArrayList<>();
        private boolean open;
        private float boost;
        private Bm25Index.TermPostings[] postings = new Bm25Index.TermPostings[8];
        private float[] termBoosts = new float[8];
        private int size;

        /** Starts the clauses of a field, whose scores are multiplied by {@code fieldBoost}. */
        Builder field(float fieldBoost) {
            close();
            this.open = true;
            this.boost = fieldBoost;
            return this;
        }

        /** A term of the current field, by its postings; null, a term not indexed, adds nothing. */
        Builder term(Bm25Index.TermPostings termPostings, float termBoost) {
            if (!open) {
                throw new IllegalStateException("term before any field");
            }
            if (termPostings == null) {
                return this;
            }
            if (size == postings.length) {
                postings = Arrays.copyOf(postings, size * 2);
                termBoosts = Arrays.copyOf(termBoosts, size * 2);
            }
            postings[size] = termPostings;
            termBoosts[size] = termBoost;
            size++;
            return this;
        }

        Bm25Query build() {
            close();
            return new Bm25Query(groups);
        }

        private void close() {
            if (open && size > 0) {
                groups.add(new Group(boost, Arrays.copyOf(postings, size), Arrays.copyOf(termBoosts, size)));
            }
            open = false;
            size = 0;
        }
    }
}
