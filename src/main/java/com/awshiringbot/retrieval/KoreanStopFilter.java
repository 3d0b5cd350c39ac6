package com.awshiringbot.retrieval;

import java.util.Set;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Nori's part-of-speech stop filter, except for a few words whose part of speech is dropped but that carry the
 * question: the negations 못 and 안 (영어 못해도 돼요 is not 영어 해야 돼요) and the question words 왜, 언제, 어디, 누구
 * (컨퍼런스 언제 vs 컨퍼런스 어디). They are kept, and weigh little in the coverage ({@link WeakWords}).
 */
final class KoreanStopFilter extends FilteringTokenFilter {
    /** The words kept whatever their part of speech. */
    static final Set<String> KEPT = Set.of("못", "안", "왜", "언제", "어디", "누구");

    private final Set<POS.Tag> stopTags;
    private final PartOfSpeechAttribute pos = addAttribute(PartOfSpeechAttribute.class);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    KoreanStopFilter(TokenStream input, Set<POS.Tag> stopTags) {
        super(input);
        this.stopTags = stopTags;
    }

    @Override
    protected boolean accept() {
        POS.Tag tag = pos.getLeftPOS();
        return tag == null || !stopTags.contains(tag) || KEPT.contains(term.toString());
    }
}
