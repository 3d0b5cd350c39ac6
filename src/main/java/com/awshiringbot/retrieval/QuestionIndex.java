package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * An in-memory Lucene index of the knowledge base's questions: one document per question (each paraphrase, Korean and
 * English alike, in every field: Korean paraphrases often hold English terms and the reverse), so a user's question is scored against the closest wording rather than a bag of all of them.
 * Queries are built in code from analysed terms; user text is never parsed as Lucene query syntax. Thread-safe.
 */
public final class QuestionIndex {
    private static final String ENTRY = "entry";
    private static final String TEXT = "text";
    private static final int DOCS_PER_SEARCH = 100;
    private static final int MAX_TERMS_PER_FIELD = 200;

    private final Analyzers analyzers;
    private final SearchOptions options;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Map<Field, Set<String>>> entryTerms = new HashMap<>();
    private final Map<String, Map<Field, Set<String>>> answerTerms = new HashMap<>();
    /** Each entry's score for its own title, worked out the first time the entry is a candidate in that language. */
    private final Map<Language, Map<String, Double>> selfScores = new EnumMap<>(Language.class);
    private final IndexSearcher searcher;
    private final IndexedTerms indexedTerms;
    private final String[] docEntry;
    private final String[] docText;
    private final Map<Field, Integer> docCounts = new EnumMap<>(Field.class);
    private final SpacingRepair spacing;
    private final VowelRepair vowels;

    private QuestionIndex(KnowledgeBase knowledge, Analyzers analyzers, SearchOptions options) throws IOException {
        this.analyzers = analyzers;
        this.options = options;
        // one buffer per file: each term lookup clones its input, and a clone of a many-buffer file copies the list
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.indexing()))) {
            for (Entry entry : knowledge.entries()) {
                entries.put(entry.id(), entry);
                Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
                for (Field field : Field.values()) {
                    terms.put(field, new HashSet<>());
                }
                entryTerms.put(entry.id(), terms);
                answerTerms.put(entry.id(), answerTerms(entry));
                for (Language language : Language.values()) {
                    for (String question : entry.questions().in(language)) {
                        writer.addDocument(document(entry.id(), question, language));
                    }
                }
            }
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // it caches filters only, yet tracked every query's clauses to decide
        this.indexedTerms = new IndexedTerms(reader);
        for (Field field : Field.values()) {
            docCounts.put(field, reader.getDocCount(field.fieldName()));
        }
        this.docEntry = new String[reader.maxDoc()];
        this.docText = new String[reader.maxDoc()];
        Predicate<String> known = term -> docFreq(Field.KOREAN, term) > 0;
        this.spacing = new SpacingRepair(analyzers, known);
        this.vowels = new VowelRepair(analyzers, known);
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document document = stored.document(doc);
            docEntry[doc] = document.get(ENTRY);
            docText[doc] = document.get(TEXT);
        }
        // the index already holds each question's terms: analysing the questions again to collect them doubled the build
        indexedTerms.forEachOccurrence((field, term, doc) -> {
            if (!term.isEmpty()) {
                entryTerms.get(docEntry[doc]).get(field).add(term);
            }
        });
        // a search per entry and language: a quarter of the build, and most entries are never a candidate soon
        for (Language language : Language.values()) {
            selfScores.put(language, new ConcurrentHashMap<>());
        }
    }

    /** Indexes the questions of {@code knowledge}, analysed by {@code analyzers}. */
    public static QuestionIndex build(KnowledgeBase knowledge, Analyzers analyzers, SearchOptions options) {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(analyzers, "analyzers");
        Objects.requireNonNull(options, "options");
        try {
            return new QuestionIndex(knowledge, analyzers, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document document(String id, String question, Language language) {
        Document document = new Document();
        document.add(new StringField(ENTRY, id, org.apache.lucene.document.Field.Store.YES));
        document.add(new StoredField(TEXT, question));
        String text = TextNormalizer.normalize(question);
        for (Field field : Field.values()) {
            document.add(new TextField(field.fieldName(), text, org.apache.lucene.document.Field.Store.NO));
        }
        return document;
    }

    private Map<Field, Set<String>> answerTerms(Entry entry) {
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            Set<String> set = new HashSet<>();
            for (Language language : Language.values()) {
                set.addAll(analyzers.indexTerms(field, TextNormalizer.normalize(entry.answer().in(language))));
            }
            terms.put(field, set);
        }
        return terms;
    }

    /** The number of indexed questions. */
    public int size() {
        return docEntry.length;
    }

    /**
     * The best entries for {@code question}, best first, at most {@code limit}; empty when nothing in the question
     * is searchable (blank, emoji, punctuation).
     *
     * @param language the question's language: it chooses which field measures the coverage of its terms
     */
    public List<Candidate> search(String question, Language language, int limit) {
        String text = vowels.repair(spacing.repair(TextNormalizer.normalize(question, options.maxChars())));
        Map<Field, List<Token>> tokens = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            tokens.put(field, analyzers.tokens(field, text));
        }
        Query query = query(tokens, language);
        if (query == null) {
            return List.of();
        }
        try {
            List<Candidate> candidates = new ArrayList<>();
            Coverage.Idf idf = memoized();
            Field primary = language == Language.EN ? Field.ENGLISH : Field.KOREAN;
            // the question's side of the coverage is the same for every candidate: weighed once
            Coverage.Units words = Coverage.units(tokens.get(primary), idf, primary, options);
            Coverage.Units bigrams = language == Language.EN ? null
                    : Coverage.units(tokens.get(Field.BIGRAM), idf, Field.BIGRAM, options);
            for (Map.Entry<String, ScoreDoc> hit : bestDocPerEntry(searcher.search(query, DOCS_PER_SEARCH)).entrySet()) {
                if (candidates.size() == limit) {
                    break;
                }
                candidates.add(candidate(hit.getKey(), hit.getValue(), primary, words, bigrams, language));
            }
            return candidates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Candidate candidate(String id, ScoreDoc best, Field primary, Coverage.Units questionWords,
            Coverage.Units questionBigrams, Language language) {
        Map<Field, Set<String>> terms = entryTerms.get(id);
        Map<Field, Set<String>> answer = answerTerms.get(id);
        Coverage words = questionWords.measure(terms.get(primary), answer.get(primary));

        Coverage bigrams = questionBigrams == null ? Coverage.NONE
                : questionBigrams.measure(terms.get(Field.BIGRAM), answer.get(Field.BIGRAM));
        double self = selfScores.get(language).computeIfAbsent(id, e -> selfScore(entries.get(e), language));
        return new Candidate(entries.get(id), best.score, self > 0 ? best.score / self : 0,
                words.share(), bigrams.share(), docText[best.doc], words.missing());
    }

    private Map<String, ScoreDoc> bestDocPerEntry(TopDocs top) {
        Map<String, ScoreDoc> best = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            best.putIfAbsent(docEntry[hit.doc], hit); // hits come best first
        }
        return best;
    }

    private Query query(Map<Field, List<Token>> tokens, Language language) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (Field field : Field.values()) {
            Map<String, Float> boosts = new LinkedHashMap<>();
            for (Token token : tokens.get(field)) {
                float boost = token.synonym() ? options.synonymBoost() : 1.0f;
                boosts.merge(token.term(), boost, Math::max);
            }
            float fieldBoost = options.boost(field, language);
            if (boosts.isEmpty() || fieldBoost <= 0) {
                continue;
            }
            BooleanQuery.Builder fieldQuery = new BooleanQuery.Builder();
            boosts.entrySet().stream().limit(MAX_TERMS_PER_FIELD).forEach(term -> fieldQuery.add(
                    new org.apache.lucene.search.BoostQuery(
                            indexedTerms.query(new Term(field.fieldName(), term.getKey())), term.getValue()),
                    Occur.SHOULD));
            all.add(new org.apache.lucene.search.BoostQuery(fieldQuery.build(), fieldBoost), Occur.SHOULD);
            any = true;
        }
        return any ? all.build() : null;
    }

    private double selfScore(Entry entry, Language language) {
        String text = TextNormalizer.normalize(entry.title(language), options.maxChars());
        Map<Field, List<Token>> tokens = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            tokens.put(field, analyzers.tokens(field, text));
        }
        Query query = query(tokens, language);
        if (query == null) {
            return 0;
        }
        Query own = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermQuery(new Term(ENTRY, entry.id())), Occur.FILTER)
                .build();
        try {
            TopDocs top = searcher.search(own, 1);
            return top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #idf} remembering each term's value: one question asks the same terms of every candidate. */
    private Coverage.Idf memoized() {
        Map<Field, Map<String, Double>> cache = new EnumMap<>(Field.class);
        return (field, term) -> cache.computeIfAbsent(field, f -> new HashMap<>())
                .computeIfAbsent(term, t -> idf(field, t));
    }

    /** Inverse document frequency of {@code term} in {@code field}, as BM25 computes it. */
    private double idf(Field field, String term) {
        int docs = docCounts.get(field);
        int df = docFreq(field, term);
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    private int docFreq(Field field, String term) {
        return indexedTerms.docFreq(new Term(field.fieldName(), term));
    }
}
