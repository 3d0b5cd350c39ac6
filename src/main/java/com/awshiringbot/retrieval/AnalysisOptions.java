package com.awshiringbot.retrieval;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;

/**
 * The choices of the analysis chain that were set by measurement on the tuning questions; varied by experiments,
 * fixed in production by {@link #defaults()}.
 *
 * @param decompound how Nori handles compound nouns and inflected forms
 * @param stopTags the parts of speech Nori drops (particles, endings, ...)
 * @param joinHangulWords whether the bigram field joins Hangul words across spaces, so 면접 몇 번 and 면접몇번 give the
 *     same bigrams
 */
public record AnalysisOptions(DecompoundMode decompound, Set<POS.Tag> stopTags, boolean joinHangulWords) {

    public AnalysisOptions {
        Objects.requireNonNull(decompound, "decompound");
        stopTags = Set.copyOf(Objects.requireNonNull(stopTags, "stopTags"));
    }

    /** The measured choice. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DecompoundMode.DISCARD, defaultStopTags(), true);
    }

    /**
     * Lucene's default stop tags plus the copula (이다/아니다), auxiliary verbs, pronouns such as 뭐/저 and bound nouns
     * such as 것/수 (할 수 있어요), which are in almost every informal question and say nothing about its topic.
     */
    public static Set<POS.Tag> defaultStopTags() {
        Set<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
        tags.add(POS.Tag.VCP);
        tags.add(POS.Tag.VCN);
        tags.add(POS.Tag.VX);
        tags.add(POS.Tag.NP);
        tags.add(POS.Tag.NNB);
        return tags;
    }

    public AnalysisOptions withDecompound(DecompoundMode mode) {
        return new AnalysisOptions(mode, stopTags, joinHangulWords);
    }

    public AnalysisOptions withStopTags(Set<POS.Tag> tags) {
        return new AnalysisOptions(decompound, tags, joinHangulWords);
    }

    public AnalysisOptions withJoinHangulWords(boolean join) {
        return new AnalysisOptions(decompound, stopTags, join);
    }
}
