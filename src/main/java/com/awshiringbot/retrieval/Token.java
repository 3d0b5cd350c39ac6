package com.awshiringbot.retrieval;

/**
 * One analysed term of a query.
 *
 * @param start where in the normalised text the term comes from; a synonym shares the start of the words it replaces
 * @param synonym whether the term was added by a synonym rule rather than typed
 */
record Token(String term, int start, boolean synonym) {
}
