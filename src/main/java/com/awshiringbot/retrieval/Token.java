package com.awshiringbot.retrieval;

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
}
