package com.awshiringbot.retrieval;

import java.io.Reader;
import java.io.StringReader;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Korean by morphemes: Nori with the knowledge base's user dictionary, parts of speech that carry no topic dropped
 * (but for negations and question words, see {@link KoreanStopFilter}),
 * Hanja read as Hangul, Latin lower-cased and English stop words dropped (Nori keeps Latin words whole); with a synonym map, synonyms are added (query side only).
 */
final class KoreanMorphemeAnalyzer extends Analyzer {
    /** 두 번째 and 두번째 alike: Nori keeps only 번 of either, so they are joined for the user dictionary's 두번째. */
    private static final Pattern ORDINAL = Pattern.compile("(첫|두|세|네|다섯)\\s*번\\s*째");

    private final UserDictionary userDictionary;
    private final DecompoundMode decompound;
    private final Set<POS.Tag> stopTags;
    private final SynonymMap synonyms;

    KoreanMorphemeAnalyzer(UserDictionary userDictionary, AnalysisOptions options, SynonymMap synonyms) {
        this.userDictionary = userDictionary;
        this.decompound = options.decompound();
        this.stopTags = options.stopTags();
        this.synonyms = synonyms;
    }

    /** Whether the ordinal char filter can change {@code text}. */
    static boolean mayHaveOrdinal(String text) {
        return text.indexOf('째') >= 0;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        // the filter reads all the text and runs its pattern at every position: only worth it when there is a 째
        String text = lowerCaseLatinWords(ScriptBoundaries.readAll(reader));
        return mayHaveOrdinal(text) ? new PatternReplaceCharFilter(ORDINAL, "$1번째", new StringReader(text))
                : new StringReader(text);
    }

    /**
     * {@code text} with each run of two or more ASCII letters in lower case. Nori looks its user dictionary up in the
     * text as typed, so "EarnTrust원칙" would miss the dictionary's "earntrust" that "earntrust원칙" finds; the words
     * are lower-cased after Nori anyway. A capital letter alone stays: the article filter tells STAR's A from "a".
     */
    private static String lowerCaseLatinWords(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inWord = i > 0 && isAsciiLetter(text.charAt(i - 1))
                    || i + 1 < text.length() && isAsciiLetter(text.charAt(i + 1));
            if (c >= 'A' && c <= 'Z' && inWord) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new KoreanTokenizer(
                TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary, decompound, false, true);
        TokenStream stream = new KoreanStopFilter(tokenizer, stopTags);
        stream = new KoreanReadingFormFilter(stream);
        stream = new ArticleFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishQuestionAnalyzer.STOP_WORDS);
        stream = new PositionGapFilter(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
