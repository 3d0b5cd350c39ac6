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
import java.util.Arrays;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the knowledge base's questions: one document per question (each paraphrase, Korean and
 * English alike, in every field: Korean paraphrases often hold English terms and the reverse), so a user's question is scored against the closest wording rather than a bag of all of them.
 * Lucene indexes the questions once; its postings are then read into a {@link Bm25Index}, which scores questions
 * as Lucene would without a Lucene query per question. Queries are built in code from analysed terms; user text is
 * never parsed as query syntax. Thread-safe.
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
    private final Bm25Index postings;
    private final String[] docEntry;
    private final String[] docText;
    private final Map<Field, Integer> docCounts = new EnumMap<>(Field.class);
    private final SpacingRepair spacing;
    private final VowelRepair vowels;

    private QuestionIndex(KnowledgeBase knowledge, Analyzers analyzers, SearchOptions options) throws IOException {
        this.analyzers = analyzers;
        this.options = options;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
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
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            this.postings = Bm25Index.read(reader, Arrays.stream(Field.values()).map(Field::fieldName).toList());
            this.docEntry = new String[reader.maxDoc()];
            this.docText = new String[reader.maxDoc()];
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document document = stored.document(doc);
                docEntry[doc] = document.get(ENTRY);
                docText[doc] = document.get(TEXT);
            }
        }
        for (Field field : Field.values()) {
            docCounts.put(field, postings.docCount(field.fieldName()));
        }
        Predicate<String> known = term -> docFreq(Field.KOREAN, term) > 0;
        this.spacing = new SpacingRepair(analyzers, known);
        this.vowels = new VowelRepair(analyzers, known);
        // the index already holds each question's terms: analysing the questions again to collect them doubled the build
        Map<String, Field> byName = new HashMap<>();
        for (Field field : Field.values()) {
            byName.put(field.fieldName(), field);
        }
        postings.forEachOccurrence((field, term, doc) -> {
            if (!term.isEmpty()) {
                entryTerms.get(docEntry[doc]).get(byName.get(field)).add(term);
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
        Bm25Query query = query(tokens, language);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Coverage.Idf idf = memoized();
        Field primary = language == Language.EN ? Field.ENGLISH : Field.KOREAN;
        // the question's side of the coverage is the same for every candidate: weighed once
        Coverage.Units words = Coverage.units(tokens.get(primary), idf, primary, options);
        Coverage.Units bigrams = language == Language.EN ? null
                : Coverage.units(tokens.get(Field.BIGRAM), idf, Field.BIGRAM, options);
        Hits hits = postings.search(query, DOCS_PER_SEARCH);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < hits.size() && candidates.size() < limit; i++) {
            String id = docEntry[hits.doc(i)];
            if (seen.add(id)) { // hits come best first: the first of an entry is its best question
                candidates.add(candidate(id, hits.doc(i), hits.score(i), primary, words, bigrams, language));
            }
        }
        return candidates;
    }

    private Candidate candidate(String id, int bestDoc, float score, Field primary, Coverage.Units questionWords,
            Coverage.Units questionBigrams, Language language) {
        Map<Field, Set<String>> terms = entryTerms.get(id);
        Map<Field, Set<String>> answer = answerTerms.get(id);
        Coverage words = questionWords.measure(terms.get(primary), answer.get(primary));

        Coverage bigrams = questionBigrams == null ? Coverage.NONE
                : questionBigrams.measure(terms.get(Field.BIGRAM), answer.get(Field.BIGRAM));
        double self = selfScores.get(language).computeIfAbsent(id, e -> selfScore(entries.get(e), language));
        return new Candidate(entries.get(id), score, self > 0 ? score / self : 0,
                words.share(), bigrams.share(), docText[bestDoc], words.missing());
    }

    private Bm25Query query(Map<Field, List<Token>> tokens, Language language) {
        Bm25Query.Builder query = Bm25Query.builder();
        for (Field field : Field.values()) {
            float fieldBoost = options.boost(field, language);
            List<Token> fieldTokens = tokens.get(field);
            if (fieldBoost <= 0 || fieldTokens.isEmpty()) {
                continue;
            }
            Map<String, Float> boosts = new LinkedHashMap<>();
            for (Token token : fieldTokens) {
                float boost = token.synonym() ? options.synonymBoost() : 1.0f;
                boosts.merge(token.term(), boost, Math::max);
            }
            query.field(field.fieldName(), fieldBoost);
            boosts.entrySet().stream().limit(MAX_TERMS_PER_FIELD).forEach(term -> query.term(term.getKey(), term.getValue()));
        }
        return query.build();
    }

    private double selfScore(Entry entry, Language language) {
        String text = TextNormalizer.normalize(entry.title(language), options.maxChars());
        Map<Field, List<Token>> tokens = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            tokens.put(field, analyzers.tokens(field, text));
        }
        Bm25Query query = query(tokens, language);
        return query.isEmpty() ? 0 : postings.bestScore(query, doc -> docEntry[doc].equals(entry.id()));
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
        return postings.docFreq(field.fieldName(), term);
    }
}
