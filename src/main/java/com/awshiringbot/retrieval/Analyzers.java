package com.awshiringbot.retrieval;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analysis chains of the three fields, built once from the knowledge base's user dictionary and synonym rules and
 * then shared: each {@link Analyzer} keeps its token streams per thread, so one instance serves all threads.
 * Index-side chains have no synonyms; query-side chains add them, so a maintainer's synonym edit needs no re-index
 * of the questions it concerns.
 */
public final class Analyzers {
    private static final AtomicBoolean LOADING = new AtomicBoolean();
    private final Map<Field, Analyzer> index = new EnumMap<>(Field.class);
    private final Map<Field, Analyzer> query = new EnumMap<>(Field.class);
    private final AnalysisOptions options;
    private final Analyzer indexing;
    private final List<String> skippedSynonyms;
    private final String synonyms;

    private Analyzers(UserDictionary userDictionary, String synonyms, AnalysisOptions options) {
        this.options = options;
        index.put(Field.KOREAN, new KoreanMorphemeAnalyzer(userDictionary, options, null));
        index.put(Field.BIGRAM, new KoreanBigramAnalyzer(options.joinHangulWords()));
        index.put(Field.ENGLISH, new EnglishQuestionAnalyzer(null));
        SynonymRules rules = new SynonymRules();
        SynonymMap korean = rules.build(Field.KOREAN.fieldName(), synonyms, index.get(Field.KOREAN));
        SynonymMap english = rules.build(Field.ENGLISH.fieldName(), synonyms, index.get(Field.ENGLISH));
        query.put(Field.KOREAN, korean == null ? index.get(Field.KOREAN)
                : new KoreanMorphemeAnalyzer(userDictionary, options, korean));
        query.put(Field.BIGRAM, index.get(Field.BIGRAM));
        query.put(Field.ENGLISH, english == null ? index.get(Field.ENGLISH) : new EnglishQuestionAnalyzer(english));
        Map<String, Analyzer> byName = new java.util.HashMap<>();
        index.forEach((field, analyzer) -> byName.put(field.fieldName(), analyzer));
        this.indexing = new PerFieldAnalyzerWrapper(index.get(Field.ENGLISH), byName);
        this.skippedSynonyms = List.copyOf(rules.skipped());
        this.synonyms = synonyms;
    }

    /**
     * Builds the chains. Loads Nori's dictionary (about half a second the first time in a JVM).
     *
     * @param userDictionary Nori user dictionary text: one word a line, or {@code word part1 part2}; {@code #} comments
     * @param synonyms synonym rules in Solr format
     * @throws IllegalArgumentException when the user dictionary has an entry Nori rejects
     */
    public static Analyzers create(String userDictionary, String synonyms, AnalysisOptions options) {
        Analyzers analyzers = new Analyzers(openUserDictionary(userDictionary), synonyms == null ? "" : synonyms, options);
        analyzers.terms(Field.KOREAN, "워라밸 좋아요");
        return analyzers;
    }

    /**
     * Loads Nori's built-in dictionaries, the bulk of {@link #create}'s time in a fresh JVM (its connection costs are
     * millions of numbers read one by one); later calls, and chains built afterwards, find them loaded. Needs no
     * knowledge, so a caller can run it while the knowledge is read.
     */
    public static void loadDictionaries() {
        TokenInfoDictionary.getInstance();
        UnknownDictionary.getInstance();
        ConnectionCosts.getInstance();
    }

    /**
     * Starts loading Nori's dictionaries on two daemon threads, the connection costs (two thirds of the time) on one
     * and the word dictionaries on the other, and returns at once; the first call only. Chains built meanwhile wait
     * for them through class initialisation.
     */
    public static void loadDictionariesInBackground() {
        if (!LOADING.compareAndSet(false, true)) {
            return;
        }
        Thread costs = new Thread(ConnectionCosts::getInstance, "nori-connection-costs");
        Thread words = new Thread(() -> {
            TokenInfoDictionary.getInstance();
            UnknownDictionary.getInstance();
        }, "nori-dictionaries");
        for (Thread thread : List.of(costs, words)) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static UserDictionary openUserDictionary(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UserDictionary.open(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("userdict.txt: " + e.getMessage(), e);
        }
    }

    /** The choices these chains were built with. */
    public AnalysisOptions options() {
        return options;
    }

    /** The chain that indexes {@code field}. */
    public Analyzer index(Field field) {
        return index.get(field);
    }

    /** The chain that analyses questions for {@code field}: the index chain plus synonyms. */
    public Analyzer query(Field field) {
        return query.get(field);
    }

    /** One analyzer for an {@code IndexWriter}, dispatching on the field name. */
    public Analyzer indexing() {
        return indexing;
    }

    /** Synonym words that one field's chain drops, left out of that field's rules (for {@code validate}). */
    public List<String> skippedSynonyms() {
        return skippedSynonyms;
    }

    /**
     * Synonym words the Korean chain reads as one shorter, common word, so that their group applies to that word
     * everywhere (for {@code validate}; see {@link ShrunkSynonyms}). Analyses every synonym word, so not done at start.
     */
    public List<String> shrunkSynonyms() {
        return ShrunkSynonyms.find(synonyms, word -> indexTokens(Field.KOREAN, word));
    }

    /** The query-side terms of {@code text} for {@code field}, in order, after {@link TextNormalizer}. */
    public List<String> terms(Field field, String text) {
        return tokens(field, TextNormalizer.normalize(text)).stream().map(Token::term).toList();
    }

    /** The query-side tokens of already normalised text. */
    List<Token> tokens(Field field, String normalized) {
        return analyze(query.get(field), field, normalized);
    }

    /** The index-side terms of already normalised text. */
    List<String> indexTerms(Field field, String normalized) {
        return indexTokens(field, normalized).stream().map(Token::term).toList();
    }

    /** The index-side tokens of already normalised text. */
    List<Token> indexTokens(Field field, String normalized) {
        return analyze(index.get(field), field, normalized);
    }

    private static boolean isTopical(POS.Tag tag) {
        if (tag == null) {
            return true;
        }
        return switch (tag) {
            case VV, VA, VX, VCP, VCN, MAG, MAJ, IC, E, J, NNBC -> false;
            default -> true;
        };
    }

    private static List<Token> analyze(Analyzer analyzer, Field field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field.fieldName(), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            int position = -1;
            PartOfSpeechAttribute pos = field == Field.KOREAN ? stream.addAttribute(PartOfSpeechAttribute.class) : null;
            stream.reset();
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                if (term.length() > 0) {
                    boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                    boolean topical = synonym || (pos == null || isTopical(pos.getLeftPOS()))
                            && !WeakWords.contains(field, term.toString());
                    tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position,
                            position + length.getPositionLength(), synonym, topical));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
