package com.awshiringbot.answer;

import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.KnowledgeLoader;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.AnalysisOptions;
import com.awshiringbot.retrieval.Analyzers;
import com.awshiringbot.retrieval.QuestionIndex;
import com.awshiringbot.retrieval.SearchOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

    private AnswerEngine(KnowledgeBase knowledge, Thresholds thresholds, QuestionIndex index, CoreTimings timings) {
        this.knowledge = knowledge;
        this.thresholds = thresholds;
        this.index = index;
        this.texts = new ReplyTexts(knowledge);
        this.timings = timings;
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
        KnowledgeBase knowledge = KnowledgeLoader.load(settings.path("bot.knowledge-dir"));
        Duration load = Duration.ofNanos(System.nanoTime() - start);
        Path snapshots = settings.string("bot.index-snapshot-dir").isBlank() ? null
                : settings.path("bot.index-snapshot-dir");
        return create(knowledge, thresholds, AnalysisOptions.defaults(), SearchOptions.defaults(), snapshots)
                .withKnowledgeLoad(load);
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
        return create(knowledge, thresholds, analysis, search, null);
    }

    /**
     * @param snapshots where to keep snapshots of the built index; null: build it every time. With snapshots the
     *     analysis chains are built on a thread of their own while the snapshot is looked for and read: both wait
     *     mostly for other things (Nori's dictionaries, the disk, hashing the knowledge).
     */
    private static AnswerEngine create(KnowledgeBase knowledge, Thresholds thresholds, AnalysisOptions analysis,
            SearchOptions search, Path snapshots) {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(thresholds, "thresholds");
        long start = System.nanoTime();
        if (snapshots == null) {
            Analyzers analyzers = Analyzers.create(knowledge.userDictionary(), knowledge.synonyms(), analysis);
            long analyzed = System.nanoTime();
            QuestionIndex index = QuestionIndex.build(knowledge, analyzers, search);
            CoreTimings timings = new CoreTimings(Duration.ZERO, Duration.ofNanos(analyzed - start),
                    Duration.ofNanos(System.nanoTime() - analyzed), false);
            return new AnswerEngine(knowledge, thresholds, index, timings);
        }
        long[] chainsReady = new long[1];
        FutureTask<Analyzers> chains = new FutureTask<>(() -> {
            Analyzers analyzers = Analyzers.create(knowledge.userDictionary(), knowledge.synonyms(), analysis);
            chainsReady[0] = System.nanoTime();
            return analyzers;
        });
        Thread thread = new Thread(chains, "analysis-chains");
        thread.setDaemon(true);
        thread.start();
        QuestionIndex index = QuestionIndex.open(knowledge, analysis, () -> await(chains), search, snapshots);
        long end = System.nanoTime();
        // the two overlap: each is timed on the critical path, so that the steps still add up to the whole
        long ready = Math.min(Math.max(chainsReady[0], start), end);
        CoreTimings timings = new CoreTimings(Duration.ZERO, Duration.ofNanos(ready - start),
                Duration.ofNanos(end - ready), index.fromSnapshot());
        return new AnswerEngine(knowledge, thresholds, index, timings);
    }

    /** The chains, or what building them threw (an IllegalArgumentException for a bad user dictionary). */
    private static Analyzers await(FutureTask<Analyzers> chains) {
        try {
            return chains.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("building the analysis chains failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the analysis chains were built", e);
        }
    }

    /** The same core under other bars, sharing the index: for the threshold curve. */
    public AnswerEngine withThresholds(Thresholds other) {
        return new AnswerEngine(knowledge, Objects.requireNonNull(other, "thresholds"), index, timings);
    }

    AnswerEngine withKnowledgeLoad(Duration load) {
        return new AnswerEngine(knowledge, thresholds, index, timings.withKnowledgeLoad(load));
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

    /** The candidates and features behind the reply to {@code question}, without writing the reply. */
    public Decision explain(String question) {
        String text = question == null ? "" : question;
        Language language = LanguageDetector.detect(text);
        return Decision.of(text, language, index.search(text, language, CANDIDATES), thresholds);
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
