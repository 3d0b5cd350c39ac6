package com.awshiringbot.retrieval;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the article "a" and the "s" and "t" that an apostrophe leaves (Nori splits women's into women + s) while they
 * are still in lower case, before the chain lower-cases: a capital letter standing alone is a name here — the S, T, A
 * and R of STAR — and must survive. ("A" opening a sentence is rare in a question.)
 */
final class ArticleFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ArticleFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        return !(term.length() == 1 && (term.charAt(0) == 'a' || term.charAt(0) == 's' || term.charAt(0) == 't'));
    }
}
