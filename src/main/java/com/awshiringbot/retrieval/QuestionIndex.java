package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
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
    /** The entries by number, in the knowledge's order. */
    private final List<Entry> entries;
    /** Each question's entry, by number. */
    private final int[] docEntry;
    /** Per field, each term with its postings, rarity and entries: one lookup per question term and field. */
    private final Map<Field, TermDictionary> dictionaries;
    /** Each entry's score for its own title, worked out the first time the entry is a candidate in that language. */
    private final Map<Language, Map<String, Double>> selfScores = new EnumMap<>(Language.class);
    private final SpacingRepair spacing;
    private final VowelRepair vowels;
    private final Spellings spellings;
    private final NotCovered notCovered;
    /** The English field's terms of {@link CommonEnglishWords}. */
    private final Set<String> commonEnglish;
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
        this.docEntry = derived.docEntry();
        this.dictionaries = derived.dictionaries();
        Predicate<String> known = term -> dictionaries.get(Field.KOREAN).docFreq(term) > 0;
        this.spacing = new SpacingRepair(analyzers, known);
        this.vowels = new VowelRepair(analyzers, known);
        this.spellings = derived.spellings();
        this.notCovered = NotCovered.of(derived.notCovered(), analyzers);
        this.commonEnglish = CommonEnglishWords.terms(analyzers, CommonEnglishWords.shipped());
        for (Field field : List.of(Field.KOREAN, Field.ENGLISH)) {
            TermDictionary dictionary = dictionaries.get(field);
            typos.put(field, new LatinTypoRepair(dictionary.questionTerms(), dictionary::docFreq,
                    notCovered.terms(field)));
        }
        this.matchedWords = new MatchedWords(analyzers, dictionaries, built::text, built.size(), options.maxChars());
        // a search per entry and language: a quarter of the build, and most entries are never a candidate soon
        for (Language language : Language.values()) {
            selfScores.put(language, new ConcurrentHashMap<>());
        }
    }

    /**
     * What the index works out from the built questions and the knowledge without the analysis chains, so that it can
     * be done while they are still being built: the entries by number, each question's entry, per field the term
     * dictionary, the chat spellings, and the names not covered (analysed once the chains are there).
     */
    private record Derived(BuiltQuestions built, List<Entry> entries, int[] docEntry,
            Map<Field, TermDictionary> dictionaries, Spellings spellings, List<String> notCovered) {

        static Derived of(KnowledgeBase knowledge, BuiltQuestions built) {
            List<Entry> entries = knowledge.entries();
            Map<String, Integer> numbers = new HashMap<>();
            for (Entry entry : entries) {
                numbers.put(entry.id(), numbers.size());
            }
            int[] docEntry = new int[built.size()];
            for (int doc = 0; doc < docEntry.length; doc++) {
                docEntry[doc] = numbers.get(built.entry(doc));
            }
            Map<Field, TermDictionary> dictionaries = new EnumMap<>(Field.class);
            for (Field field : Field.values()) {
                List<Set<String>> answerTerms = entries.stream()
                        .map(entry -> built.answerTerms().get(entry.id()).get(field)).toList();
                // the index already holds each question's terms: analysing the questions again doubled the build
                dictionaries.put(field, TermDictionary.of(built.postings().field(field.fieldName()), docEntry,
                        answerTerms));
            }
            return new Derived(built, List.copyOf(entries), docEntry, dictionaries,
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
        Map<Field, QueryTerms> terms = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            // an English question's bigrams weigh nothing and measure no coverage: not worth analysing
            boolean unused = field == Field.BIGRAM && language == Language.EN && options.boost(field, language) <= 0;
            List<Token> analysed = unused ? List.of() : analyzers.tokens(field, text);
            LatinTypoRepair typo = typos.get(field);
            terms.put(field, lookUp(field, unknownWordsWeak(field, typo == null ? analysed : typo.repair(analysed))));
        }
        Bm25Query query = query(terms, language);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Field primary = language == Language.EN ? Field.ENGLISH : Field.KOREAN;
        // the question's side of the coverage is the same for every candidate: weighed once
        Coverage.Units words = Coverage.units(terms.get(primary), primary, options);
        Coverage.Units bigrams = language == Language.EN ? null
                : Coverage.units(terms.get(Field.BIGRAM), Field.BIGRAM, options);
        QueryTerms primaryTerms = terms.get(primary);
        int[][] named = termIndexes(notCovered.named(primary, primaryTerms.tokens()), primaryTerms.terms());
        MatchedWords.Asked asked = MatchedWords.Asked.of(primaryTerms);
        Hits hits = postings.search(query, DOCS_PER_SEARCH);
        BitSet seen = new BitSet(entries.size());
        for (int i = 0; i < hits.size() && candidates.size() < limit; i++) {
            int entry = docEntry[hits.doc(i)];
            if (!seen.get(entry)) { // hits come best first: the first of an entry is its best question
                seen.set(entry);
                candidates.add(candidate(entry, hits.doc(i), hits.score(i), words, bigrams, primary, primaryTerms,
                        language, named, asked));
            }
        }
        return candidates;
    }

    /** {@code tokens} with their terms looked up in {@code field}'s dictionary. */
    private QueryTerms lookUp(Field field, List<Token> tokens) {
        return QueryTerms.of(tokens, dictionaries.get(field)::get);
    }

    /**
     * {@code tokens} with each number and each {@link CommonEnglishWords common English word} the field's questions
     * never have weighed like a verb. An age or a count the knowledge does not know ("im 42", "서른다섯") says how
     * many, not what about; "wondering" or "roughly" says how the question is put. Neither must make the question
     * look out of scope. A number or word the knowledge has (1차, 16 principles, prepare) keeps its weight.
     */
    private List<Token> unknownWordsWeak(Field field, List<Token> tokens) {
        return Token.changeEach(tokens, token -> token.topical() && !token.synonym()
                && (isNumber(token.term()) || field == Field.ENGLISH && commonEnglish.contains(token.term()))
                && dictionaries.get(field).docFreq(token.term()) == 0 ? token.weak() : token);
    }

    private static boolean isNumber(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return !term.isEmpty();
    }

    private Candidate candidate(int entry, int bestDoc, float score, Coverage.Units questionWords,
            Coverage.Units questionBigrams, Field primary, QueryTerms primaryTerms, Language language, int[][] named,
            MatchedWords.Asked asked) {
        Entry found = entries.get(entry);
        Coverage words = questionWords.measure(entry);
        Coverage bigrams = questionBigrams == null ? Coverage.NONE : questionBigrams.measure(entry);
        double self = selfScores.get(language).computeIfAbsent(found.id(), e -> selfScore(entry, language));
        // a question about something the knowledge leaves out, which this entry never mentions, is not about the entry
        double scale = mentionsAll(named, primaryTerms, entry) ? 1 : options.verbWeight();
        return new Candidate(found, score, self > 0 ? score / self : 0,
                scale * words.share(), scale * bigrams.share(), built.text(bestDoc), words.missing(),
                matchedWords.askedShare(primary, bestDoc, asked));
    }

    /** Per name, the indexes of its terms among {@code terms} (a name's terms are all among a question's; else -1). */
    private static int[][] termIndexes(List<Set<String>> names, List<String> terms) {
        int[][] indexes = new int[names.size()][];
        for (int n = 0; n < indexes.length; n++) {
            indexes[n] = names.get(n).stream().mapToInt(terms::indexOf).toArray();
        }
        return indexes;
    }

    /** Whether the entry's questions or answer have every term of each name ({@link #termIndexes}). */
    private static boolean mentionsAll(int[][] names, QueryTerms terms, int entry) {
        for (int[] name : names) {
            for (int t : name) {
                if (t < 0 || !terms.indexed(t).inQuestions().get(entry) && !terms.indexed(t).inAnswers().get(entry)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Bm25Query query(Map<Field, QueryTerms> terms, Language language) {
        Bm25Query.Builder query = Bm25Query.builder();
        for (Field field : Field.values()) {
            float fieldBoost = options.boost(field, language);
            QueryTerms fieldTerms = terms.get(field);
            if (fieldBoost <= 0 || fieldTerms.isEmpty()) {
                continue;
            }
            // a term typed and added by a synonym weighs as typed
            float[] boosts = new float[fieldTerms.terms().size()];
            Arrays.fill(boosts, Float.NEGATIVE_INFINITY);
            List<Token> tokens = fieldTerms.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                float boost = tokens.get(i).synonym() ? options.synonymBoost() : 1.0f;
                int t = fieldTerms.termOf(i);
                boosts[t] = Math.max(boosts[t], boost);
            }
            query.field(fieldBoost);
            for (int t = 0; t < Math.min(boosts.length, MAX_TERMS_PER_FIELD); t++) {
                query.term(fieldTerms.indexed(t).postings(), boosts[t]);
            }
        }
        return query.build();
    }

    private double selfScore(int entry, Language language) {
        String text = TextNormalizer.normalize(entries.get(entry).title(language), options.maxChars());
        Map<Field, QueryTerms> terms = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            terms.put(field, lookUp(field, analyzers.tokens(field, text)));
        }
        Bm25Query query = query(terms, language);
        return query.isEmpty() ? 0 : postings.bestScore(query, doc -> docEntry[doc] == entry);
    }
}
