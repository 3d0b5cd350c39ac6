package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
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
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory Lucene index of the knowledge base's questions: one document per question (each paraphrase, Korean and
 * English alike, in every field: Korean paraphrases often hold English terms and the reverse), so a user's question is scored against the closest wording rather than a bag of all of them.
 * Lucene indexes the questions once; its postings are then read into a {@link Bm25Index}, which scores questions
 * as Lucene would without a Lucene query per question. Queries are built in code from analysed terms; user text is
 * never parsed as query syntax. Thread-safe.
 */
public final class QuestionIndex {
    private static final Logger log = LoggerFactory.getLogger(QuestionIndex.class);
    private static final int DOCS_PER_SEARCH = 100;
    private static final int MAX_TERMS_PER_FIELD = 200;

    private final Analyzers analyzers;
    private final SearchOptions options;
    private final BuiltQuestions built;
    private final Bm25Index postings;
    private final Map<String, Entry> entries;
    /** Each entry's number, in the knowledge's order: the bit it has in the term sets below. */
    private final Map<String, Integer> ordinals;
    /** Per field, each term's entries whose questions have it: looked up once per question term, not per entry. */
    private final Map<Field, Map<String, BitSet>> questionEntries;
    /** Per field, each term's entries whose answer has it. */
    private final Map<Field, Map<String, BitSet>> answerEntries;
    /** Each entry's score for its own title, worked out the first time the entry is a candidate in that language. */
    private final Map<Language, Map<String, Double>> selfScores = new EnumMap<>(Language.class);
    private final Map<Field, Integer> docCounts = new EnumMap<>(Field.class);
    private final SpacingRepair spacing;
    private final VowelRepair vowels;
    private final Spellings spellings;
    private final NotCovered notCovered;
    private final Map<Field, LatinTypoRepair> typos = new EnumMap<>(Field.class);
    private final MatchedWords matchedWords;
    private final boolean fromSnapshot;

    private QuestionIndex(Analyzers analyzers, SearchOptions options, Derived derived, boolean fromSnapshot) {
        this.fromSnapshot = fromSnapshot;
        this.analyzers = analyzers;
        this.options = options;
        this.built = derived.built();
        this.postings = built.postings();
        this.entries = derived.entries();
        this.ordinals = derived.ordinals();
        this.questionEntries = derived.questionEntries();
        this.answerEntries = derived.answerEntries();
        for (Field field : Field.values()) {
            docCounts.put(field, postings.docCount(field.fieldName()));
        }
        Predicate<String> known = term -> docFreq(Field.KOREAN, term) > 0;
        this.spacing = new SpacingRepair(analyzers, known);
        this.vowels = new VowelRepair(analyzers, known);
        this.spellings = derived.spellings();
        this.notCovered = NotCovered.of(derived.notCovered(), analyzers);
        for (Field field : List.of(Field.KOREAN, Field.ENGLISH)) {
            typos.put(field, new LatinTypoRepair(questionEntries.get(field).keySet(), term -> docFreq(field, term),
                    notCovered.terms(field)));
        }
        this.matchedWords = new MatchedWords(analyzers, built::text, built.size(), options.maxChars());
        // a search per entry and language: a quarter of the build, and most entries are never a candidate soon
        for (Language language : Language.values()) {
            selfScores.put(language, new ConcurrentHashMap<>());
        }
    }

    /**
     * What the index works out from the built questions and the knowledge without the analysis chains, so that it can
     * be done while they are still being built: each entry's number, per field each term's entries (in questions, in
     * answers), the chat spellings, and the names not covered (analysed once the chains are there).
     */
    private record Derived(BuiltQuestions built, Map<String, Entry> entries, Map<String, Integer> ordinals,
            Map<Field, Map<String, BitSet>> questionEntries, Map<Field, Map<String, BitSet>> answerEntries,
            Spellings spellings, List<String> notCovered) {

        static Derived of(KnowledgeBase knowledge, BuiltQuestions built) {
            Map<String, Entry> entries = new HashMap<>();
            Map<String, Integer> ordinals = new HashMap<>();
            for (Entry entry : knowledge.entries()) {
                entries.put(entry.id(), entry);
                ordinals.put(entry.id(), ordinals.size());
            }
            Map<String, Field> byName = new HashMap<>();
            Map<Field, Map<String, BitSet>> questionEntries = new EnumMap<>(Field.class);
            Map<Field, Map<String, BitSet>> answerEntries = new EnumMap<>(Field.class);
            for (Field field : Field.values()) {
                byName.put(field.fieldName(), field);
                questionEntries.put(field, new HashMap<>());
                answerEntries.put(field, new HashMap<>());
            }
            int[] docOrdinal = new int[built.size()];
            for (int doc = 0; doc < docOrdinal.length; doc++) {
                docOrdinal[doc] = ordinals.get(built.entry(doc));
            }
            // the index already holds each question's terms: analysing the questions again doubled the build
            built.postings().forEachOccurrence((field, term, doc) -> {
                if (!term.isEmpty()) {
                    questionEntries.get(byName.get(field)).computeIfAbsent(term, t -> new BitSet())
                            .set(docOrdinal[doc]);
                }
            });
            built.answerTerms().forEach((id, terms) -> terms.forEach((field, set) -> {
                for (String term : set) {
                    answerEntries.get(field).computeIfAbsent(term, t -> new BitSet()).set(ordinals.get(id));
                }
            }));
            return new Derived(built, entries, ordinals, questionEntries, answerEntries,
                    Spellings.of(knowledge.spellings()), knowledge.notCovered());
        }
    }

    /** Indexes the questions of {@code knowledge}, analysed by {@code analyzers}. */
    public static QuestionIndex build(KnowledgeBase knowledge, Analyzers analyzers, SearchOptions options) {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(analyzers, "analyzers");
        Objects.requireNonNull(options, "options");
        try {
            BuiltQuestions built = BuiltQuestions.build(knowledge, analyzers);
            return new QuestionIndex(analyzers, options, Derived.of(knowledge, built), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like {@link #build}, but reads the built index from a snapshot in {@code snapshots} when one was saved for the
     * same knowledge, analysis and code, and otherwise builds it and saves a snapshot there for the next start. A
     * snapshot that cannot be read is logged and ignored; one that cannot be written is logged. Never used for other
     * knowledge or analysis options: the file name is a hash of them.
     */
    public static QuestionIndex open(KnowledgeBase knowledge, Analyzers analyzers, SearchOptions options,
            Path snapshots) {
        Objects.requireNonNull(analyzers, "analyzers");
        return open(knowledge, analyzers.options(), () -> analyzers, options, snapshots);
    }

    /**
     * {@link #open(KnowledgeBase, Analyzers, SearchOptions, Path)} with analysis chains that may still be in the
     * making: the snapshot is looked for and read first, and {@code analyzers} asked for the chains only then.
     *
     * @param analysis the options {@code analyzers} gives chains of
     * @throws IllegalArgumentException when the chains were built with other options than {@code analysis}
     */
    public static QuestionIndex open(KnowledgeBase knowledge, AnalysisOptions analysis, Supplier<Analyzers> analyzers,
            SearchOptions options, Path snapshots) {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(analyzers, "analyzers");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(snapshots, "snapshots");
        Path file = snapshots.resolve(IndexSnapshot.name(knowledge, analysis));
        BuiltQuestions read = read(file, knowledge);
        Derived derived = read == null ? null : Derived.of(knowledge, read);
        Analyzers chains = Objects.requireNonNull(analyzers.get(), "analyzers.get()");
        if (!chains.options().equals(analysis)) {
            throw new IllegalArgumentException("analysis chains built with " + chains.options() + ", not " + analysis);
        }
        if (derived != null) {
            return new QuestionIndex(chains, options, derived, true);
        }
        QuestionIndex index = build(knowledge, chains, options);
        try {
            IndexSnapshot.write(index.built, file);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not save the index snapshot {} ({}); the next start builds the index again", file,
                    e.toString());
        }
        return index;
    }

    /** The snapshot in {@code file}; null when there is none or it cannot be used. */
    private static BuiltQuestions read(Path file, KnowledgeBase knowledge) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            BuiltQuestions built = IndexSnapshot.read(file);
            if (built.entryIds().equals(knowledge.entries().stream().map(Entry::id).toList())) {
                return built;
            }
            log.warn("Ignoring the index snapshot {}: its entries are not the knowledge's; rebuilding", file);
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring the index snapshot {} ({}); rebuilding", file, e.getMessage());
        }
        return null;
    }

    /** Whether this index was read from a snapshot rather than built. */
    public boolean fromSnapshot() {
        return fromSnapshot;
    }

    /** The number of indexed questions. */
    public int size() {
        return built.size();
    }

    /**
     * The best entries for {@code question}, best first, at most {@code limit}; empty when nothing in the question
     * is searchable (blank, emoji, punctuation).
     *
     * @param language the question's language: it chooses which field measures the coverage of its terms
     */
    public List<Candidate> search(String question, Language language, int limit) {
        String text = vowels.repair(spacing.repair(
                spellings.apply(TextNormalizer.normalize(question, options.maxChars()))));
        Map<Field, List<Token>> tokens = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            // an English question's bigrams weigh nothing and measure no coverage: not worth analysing
            boolean unused = field == Field.BIGRAM && language == Language.EN && options.boost(field, language) <= 0;
            List<Token> analysed = unused ? List.of() : analyzers.tokens(field, text);
            LatinTypoRepair typo = typos.get(field);
            tokens.put(field, unknownNumbersWeak(field, typo == null ? analysed : typo.repair(analysed)));
        }
        Bm25Query query = query(tokens, language);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Coverage.Idf idf = this::idf; // a question's units are weighed once: each term asked once or twice
        Field primary = language == Language.EN ? Field.ENGLISH : Field.KOREAN;
        // the question's side of the coverage is the same for every candidate: weighed once
        Coverage.Units words = Coverage.units(tokens.get(primary), idf, primary, options);
        Coverage.Units bigrams = language == Language.EN ? null
                : Coverage.units(tokens.get(Field.BIGRAM), idf, Field.BIGRAM, options);
        TermEntries wordEntries = termEntries(words, primary);
        int[][] named = termIndexes(notCovered.named(primary, tokens.get(primary)), words.terms());
        TermEntries bigramEntries = bigrams == null ? null : termEntries(bigrams, Field.BIGRAM);
        Set<String> asked = new HashSet<>(words.terms());
        Hits hits = postings.search(query, DOCS_PER_SEARCH);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < hits.size() && candidates.size() < limit; i++) {
            String id = built.entry(hits.doc(i));
            if (seen.add(id)) { // hits come best first: the first of an entry is its best question
                candidates.add(candidate(id, hits.doc(i), hits.score(i), words, wordEntries, bigrams, bigramEntries,
                        language, named, asked));
            }
        }
        return candidates;
    }

    /**
     * {@code tokens} with each number the field's questions never have weighed like a verb: an age or a count the
     * knowledge does not know ("im 42", "서른다섯") says how many, not what about, so it must not make the question look
     * out of scope. A number the knowledge has (1차, 16 principles, 2020) keeps its weight.
     */
    private List<Token> unknownNumbersWeak(Field field, List<Token> tokens) {
        return Token.changeEach(tokens, token -> token.topical() && !token.synonym() && isNumber(token.term())
                && docFreq(field, token.term()) == 0 ? token.weak() : token);
    }

    private static boolean isNumber(String term) {
        return !term.isEmpty() && term.chars().allMatch(Character::isDigit);
    }

    private Candidate candidate(String id, int bestDoc, float score, Coverage.Units questionWords,
            TermEntries wordEntries, Coverage.Units questionBigrams, TermEntries bigramEntries, Language language,
            int[][] named, Set<String> asked) {
        int entry = ordinals.get(id);
        Coverage words = wordEntries.measure(questionWords, entry);
        Coverage bigrams = questionBigrams == null ? Coverage.NONE : bigramEntries.measure(questionBigrams, entry);
        double self = selfScores.get(language).computeIfAbsent(id, e -> selfScore(entries.get(e), language));
        // a question about something the knowledge leaves out, which this entry never mentions, is not about the entry
        double scale = wordEntries.mentionsAll(named, entry) ? 1 : options.verbWeight();
        Field primary = language == Language.EN ? Field.ENGLISH : Field.KOREAN;
        return new Candidate(entries.get(id), score, self > 0 ? score / self : 0,
                scale * words.share(), scale * bigrams.share(), built.text(bestDoc), words.missing(),
                matchedWords.askedShare(primary, bestDoc, asked));
    }

    /** The entries having each of a question's terms in their questions and in their answers. */
    private TermEntries termEntries(Coverage.Units units, Field field) {
        List<String> terms = units.terms();
        BitSet[] inQuestions = new BitSet[terms.size()];
        BitSet[] inAnswers = new BitSet[terms.size()];
        for (int t = 0; t < inQuestions.length; t++) {
            inQuestions[t] = questionEntries.get(field).get(terms.get(t));
            inAnswers[t] = answerEntries.get(field).get(terms.get(t));
        }
        return new TermEntries(inQuestions, inAnswers);
    }

    /** Per name, the indexes of its terms among {@code terms} (a name's terms are all among a question's; else -1). */
    private static int[][] termIndexes(List<Set<String>> names, List<String> terms) {
        int[][] indexes = new int[names.size()][];
        for (int n = 0; n < indexes.length; n++) {
            indexes[n] = names.get(n).stream().mapToInt(terms::indexOf).toArray();
        }
        return indexes;
    }

    private record TermEntries(BitSet[] inQuestions, BitSet[] inAnswers) {
        Coverage measure(Coverage.Units units, int entry) {
            return units.measure(has(inQuestions, entry), has(inAnswers, entry));
        }

        /** Whether the entry's questions or answer have every term of each name ({@link #termIndexes}). */
        boolean mentionsAll(int[][] names, int entry) {
            for (int[] name : names) {
                for (int t : name) {
                    if (t < 0 || !has(inQuestions[t], entry) && !has(inAnswers[t], entry)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean has(BitSet set, int entry) {
            return set != null && set.get(entry);
        }

        private static boolean[] has(BitSet[] sets, int entry) {
            boolean[] has = new boolean[sets.length];
            for (int t = 0; t < sets.length; t++) {
                has[t] = has(sets[t], entry);
            }
            return has;
        }
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
        return query.isEmpty() ? 0 : postings.bestScore(query, doc -> built.entry(doc).equals(entry.id()));
    }

    /** Inverse document frequency of {@code term} in {@code field}, as BM25 computes it. */
    private double idf(Field field, String term) {
        return Bm25Index.idf(docFreq(field, term), docCounts.get(field));
    }

    private int docFreq(Field field, String term) {
        return postings.docFreq(field.fieldName(), term);
    }
}
