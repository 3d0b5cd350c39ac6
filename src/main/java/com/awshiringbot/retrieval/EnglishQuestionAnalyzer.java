package com.awshiringbot.retrieval;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English questions: words split (and split from Hangul), lower-cased, possessives and stop words removed — Lucene's
 * list plus the words every question has (what, how, do, I, you, ...) — and Porter-stemmed. When, where, who and why
 * are kept: they tell a question about a date from one about a place or a person ({@link WeakWords} keeps them light). With a synonym map,
 * synonyms are added after stemming (query side only).
 */
final class EnglishQuestionAnalyzer extends Analyzer {
    /** Words of asking rather than of the topic. */
    static final List<String> QUESTION_WORDS = List.of(
            "what", "whats", "how", "which", "whom", "do", "does", "did", "done", "doing",
            "can", "could", "should", "would", "will", "shall", "may", "might", "must", "i", "im", "me", "my", "we",
            "our", "us", "you", "your", "am", "been", "being", "have", "has", "had", "please", "tell", "about",
            "any", "anything", "some", "so", "just", "know", "want", "like", "get", "got", "its", "it's", "i'm",
            "there's", "what's", "hi", "hello", "hey",
            "i've", "i'd", "i'll", "ive", "you're", "you've", "you'd", "you'll", "youre", "we're", "we've", "we'd",
            "we'll", "they're", "they've", "that's", "thats", "how's", "hows", "who's", "where's", "here's", "let's",
            "kindly", "lah", "leh", "lor");
    static final CharArraySet STOP_WORDS = stopWords();

    private final SynonymMap synonyms;

    EnglishQuestionAnalyzer(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    private static CharArraySet stopWords() {
        List<String> words = new ArrayList<>();
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            words.add(word instanceof char[] chars ? new String(chars) : word.toString());
        }
        words.remove("a"); // dropped by ArticleFilter only in lower case: the A of STAR is a name
        words.remove("not");
        words.addAll(QUESTION_WORDS);
        return CharArraySet.unmodifiableSet(StopFilter.makeStopSet(words, true));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return ScriptBoundaries.split(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new ArticleFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new PositionGapFilter(stream);
        stream = new PorterStemFilter(stream);
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
