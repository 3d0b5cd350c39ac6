package com.awshiringbot.retrieval;

import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Korean by overlapping character pairs: 루프면접 → 루프, 프면, 면접. It needs no dictionary, so it still matches when
 * spaces are missing or a syllable is misspelled (리더쉽 and 리더십 share 리더). Latin words stay whole, split from
 * Hangul at the script boundary ("aws면접" → aws, 면접). A lone syllable is kept as a unigram.
 */
final class KoreanBigramAnalyzer extends Analyzer {
    private final boolean joinHangulWords;

    KoreanBigramAnalyzer(boolean joinHangulWords) {
        this.joinHangulWords = joinHangulWords;
    }

    /**
     * Splits Latin or digits from Hangul and, when asked, joins Hangul words, on the whole text as a string: the
     * regular expressions of equivalent char filters cost more than the rest of the chain. Offsets then refer to
     * the prepared text; nothing reads a bigram's offsets.
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        String split = ScriptBoundaries.split(ScriptBoundaries.readAll(reader));
        return new StringReader(joinHangulWords ? ScriptBoundaries.joinHangulWords(split) : split);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(tokenizer, CJKBigramFilter.HANGUL, false);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
