package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One analysed term of a query.
 *
 * @param start where in the normalised text the term comes from; a synonym spans all the words it stands for
 * @param end where in the normalised text the term ends
 * @param from the node of the token graph the term starts at (its position)
 * @param to the node it ends at (position plus position length): the words of a multi-word synonym chain from node
 *     to node, so that such a synonym can be told apart from its single words
 * @param synonym whether the term was added by a synonym rule rather than typed
 * @param topical whether the term can carry a question's topic: a noun, a foreign word, a number or a root, as
 *     opposed to a verb or adjective stem (하, 되, 어떡, 좋) that any question may have; true outside Nori's field
 */
record Token(String term, int start, int end, int from, int to, boolean synonym, boolean topical) {

    /** The same typed word read as {@code other}, in the same place and with the same weight. */
    Token withTerm(String other) {
        return new Token(other, start, end, from, to, synonym, topical);
    }

    /** The same term weighed like a verb: it can no longer carry a question's topic. */
    Token weak() {
        return new Token(term, start, end, from, to, synonym, false);
    }

    /** {@code tokens} with each one {@code change} gives; the same list when it changes none (the usual case). */
    static List<Token> changeEach(List<Token> tokens, UnaryOperator<Token> change) {
        List<Token> changed = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token after = change.apply(token);
            if (after != token) {
                if (changed == null) {
                    changed = new ArrayList<>(tokens);
                }
                changed.set(i, after);
            }
        }
        return changed == null ? tokens : changed;
    }
}
