package com.awshiringbot.answer;

import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.KnowledgeLoader;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.AnalysisOptions;
import com.awshiringbot.retrieval.Analyzers;
import com.awshiringbot.retrieval.Candidate;
import com.awshiringbot.retrieval.QuestionIndex;
import com.awshiringbot.retrieval.SearchOptions;
import com.awshiringbot.retrieval.SentenceEncoder;
import com.awshiringbot.retrieval.SentenceVectors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answering core over a {@link QuestionIndex}: detects the question's language, ranks the entries, and decides
 * between answering, offering choices and saying it does not know. Built once (the Nori dictionary and the index take
 * a moment) and shared: thread-safe.
 */
public final class AnswerEngine implements Answerer {
    private static final int CANDIDATES = 10;

    private final KnowledgeBase knowledge;
    private final Thresholds thresholds;
    private final QuestionIndex index;
    private final ReplyTexts texts;
    private final CoreTimings timings;
    private final SemanticCheck semantic;

    private AnswerEngine(KnowledgeBase knowledge, Thresholds thresholds, QuestionIndex index, CoreTimings timings,
            SemanticCheck semantic) {
        this.knowledge = knowledge;
        this.thresholds = thresholds;
        this.index = index;
        this.texts = new ReplyTexts(knowledge);
        this.timings = timings;
        this.semantic = semantic;
    }

    /**
     * Loads the knowledge folder {@code bot.knowledge-dir} and builds the core with the bars of {@code settings}.
     *
     * @throws KnowledgeException when the knowledge is broken, with every problem found
     */
    public static AnswerEngine load(Settings settings) throws KnowledgeException {
        Objects.requireNonNull(settings, "settings");
        Thresholds thresholds = Thresholds.from(settings);
        preload();
        long start = System.nanoTime();
        Path dir = settings.path("bot.knowledge-dir");
        AnalysisOptions analysis = AnalysisOptions.defaults();
        KnowledgeLoader.AnalysisFiles files = KnowledgeLoader.analysisFiles(dir);
        // the chains need only two small files: built while the entries are parsed, as long in a fresh JVM
        ChainsInTheMaking chains = ChainsInTheMaking.start(files.userDictionary(), files.synonyms(), analysis);
        KnowledgeBase knowledge = KnowledgeLoader.load(dir);
        Path snapshots = snapshotFolder(settings);
        AnswerEngine engine = create(knowledge, thresholds, analysis, SearchOptions.defaults(), snapshots, chains,
                start, System.nanoTime());
        if (SemanticCheck.isOff(settings)) {
            return engine;
        }
        AnswerEngine checked = engine.withSemantic(SemanticCheck.over(knowledge, new SentenceVectors(snapshots),
                settings));
        SentenceEncoder.loadInBackground();
        return checked;
    }

    /**
     * The folder {@code bot.index-snapshot-dir} where the built index and the knowledge's sentence vectors are kept
     * between starts; null when the setting is empty (none kept).
     */
    public static Path snapshotFolder(Settings settings) {
        return settings.string("bot.index-snapshot-dir").isBlank() ? null : settings.path("bot.index-snapshot-dir");
    }

    /**
     * Starts loading what every core needs whatever the knowledge (Nori's dictionaries, a second or more in a fresh
     * JVM) on background threads and returns at once; {@link #load} calls it, and an entry point that will build a
     * core can call it first thing to start sooner. Only the first call does anything.
     */
    public static void preload() {
        Analyzers.loadDictionariesInBackground();
    }

    /** Builds the core over {@code knowledge} with the measured analysis and search choices. */
    public static AnswerEngine create(KnowledgeBase knowledge, Thresholds thresholds) {
        return create(knowledge, thresholds, AnalysisOptions.defaults(), SearchOptions.defaults());
    }

    /** Builds the core with other analysis and search choices: for tuning experiments. */
    public static AnswerEngine create(
            KnowledgeBase knowledge, Thresholds thresholds, AnalysisOptions analysis, SearchOptions search) {
        long now = System.nanoTime();
        return create(knowledge, thresholds, analysis, search, null, null, now, now);
    }

    /**
     * @param snapshots where to keep snapshots of the built index; null: build it every time. With snapshots the
     *     snapshot is looked for and read while the chains are still in the making: both wait mostly for other things
     *     (Nori's dictionaries, the disk, hashing the knowledge).
     * @param chains the chains, perhaps started before {@code knowledge} was loaded; null, or the chains of other
     *     files (changed in between): built here
     * @param start when building the core began, {@code knowledge} loading included
     * @param loaded when {@code knowledge} was loaded
     */
    private static AnswerEngine create(KnowledgeBase knowledge, Thresholds thresholds, AnalysisOptions analysis,
            SearchOptions search, Path snapshots, ChainsInTheMaking chains, long start, long loaded) {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(thresholds, "thresholds");
        ChainsInTheMaking making = chains != null && chains.isFor(knowledge.userDictionary(), knowledge.synonyms(),
                analysis) ? chains
                : ChainsInTheMaking.start(knowledge.userDictionary(), knowledge.synonyms(), analysis);
        QuestionIndex index = snapshots == null ? QuestionIndex.build(knowledge, making.await(), search)
                : QuestionIndex.open(knowledge, analysis, making::await, search, snapshots);
        long end = System.nanoTime();
        // the steps overlap: each is timed on the critical path, so that they still add up to the whole
        long ready = Math.min(Math.max(making.readyNanos(), loaded), end);
        CoreTimings timings = new CoreTimings(Duration.ofNanos(loaded - start), Duration.ofNanos(ready - loaded),
                Duration.ofNanos(end - ready), index.fromSnapshot());
        return new AnswerEngine(knowledge, thresholds, index, timings, null);
    }

    /** The same core under other bars, sharing the index: for the threshold curve. */
    public AnswerEngine withThresholds(Thresholds other) {
        return new AnswerEngine(knowledge, Objects.requireNonNull(other, "thresholds"), index, timings, semantic);
    }

    /**
     * The same core with the sentence model's second opinion on unsure English questions ({@code check} built over
     * this core's knowledge); null: without it.
     */
    public AnswerEngine withSemantic(SemanticCheck check) {
        return new AnswerEngine(knowledge, thresholds, index, timings, check);
    }

    /** How long building this core took, step by step. */
    public CoreTimings timings() {
        return timings;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    @Override
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /**
     * The candidates and features behind the reply to {@code question}, without writing the reply. A message of
     * several sentences that is not answered as a whole is answered by its {@link AskedSentence} when that sentence
     * alone is answered with at least {@link Thresholds#askedSentenceConfidence}. An unsure English question left is
     * put to the {@link SemanticCheck}, when this core has one.
     */
    public Decision explain(String question) {
        Decision lexical = explainLexically(question);
        return semantic == null ? lexical : semantic.apply(lexical);
    }

    private Decision explainLexically(String question) {
        String text = question == null ? "" : question;
        Language language = LanguageDetector.detect(text);
        Optional<Entry> asking = knowledge.entryAsking(text);
        if (asking.isPresent()) {
            return ownQuestion(text, language, asking.get());
        }
        Decision whole = Decision.of(text, language, index.search(text, language, CANDIDATES), thresholds);
        if (whole.outcome() == Outcome.ANSWER || thresholds.askedSentenceConfidence() > 1) {
            return whole;
        }
        return AskedSentence.in(text)
                .map(asked -> Decision.of(asked, language, index.search(asked, language, CANDIDATES), thresholds))
                .filter(asked -> asked.outcome() == Outcome.ANSWER
                        && asked.confidence() >= thresholds.askedSentenceConfidence())
                .map(asked -> new Decision(text, language, asked.found(), asked.ranked(), Outcome.ANSWER))
                .orElse(whole);
    }

    /**
     * The decision for a message that is word for word one of {@code entry}'s own questions: that entry, whatever
     * the analysis keeps of it. "What are you?" is all stop words to the English chain, yet about-bot lists it.
     */
    private Decision ownQuestion(String text, Language language, Entry entry) {
        Candidate exact = new Candidate(entry, 1, 1, 1, 1, text, List.of(), 1);
        List<Candidate> found = List.of(exact);
        return new Decision(text, language, found, Ranked.order(found, language, thresholds), Outcome.ANSWER);
    }

    @Override
    public Reply answer(String question) {
        Decision decision = explain(question);
        Language language = decision.language();
        double confidence = decision.confidence();
        switch (decision.outcome()) {
            case ANSWER -> {
                Entry entry = decision.candidates().get(0).entry();
                return new Reply(decision.question(), Outcome.ANSWER, language, entry, entry.answer().in(language),
                        knowledge.citation(entry, language), confidence, List.of());
            }
            case DID_YOU_MEAN -> {
                List<Entry> choices = choices(decision);
                return new Reply(decision.question(), Outcome.DID_YOU_MEAN, language, null,
                        ReplyTexts.didYouMean(choices, language), null, confidence, choices);
            }
            default -> {
                return new Reply(decision.question(), Outcome.DONT_KNOW, language, null, texts.dontKnow(language),
                        null, confidence, List.of());
            }
        }
    }

    /** The best entry and the next ones that also reach the suggestion bar, at most {@code maxChoices}. */
    private List<Entry> choices(Decision decision) {
        List<Ranked> ranked = decision.ranked();
        return ranked.stream()
                .filter(r -> r == ranked.get(0) || r.confidence() >= thresholds.suggest())
                .limit(thresholds.maxChoices())
                .map(r -> r.candidate().entry())
                .toList();
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        Objects.requireNonNull(language, "language");
        return knowledge.entry(entryId == null ? "" : entryId).map(entry -> new Reply(
                entry.title(language), Outcome.ANSWER, language, entry, entry.answer().in(language),
                knowledge.citation(entry, language), 1.0, List.of()));
    }
}
