package com.awshiringbot.eval;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Decision;
import com.awshiringbot.answer.FarAhead;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.answer.SemanticCheck;
import com.awshiringbot.answer.Thresholds;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.SentenceVectors;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real answering engine for the evaluation: built under the configured thresholds, and swept over the eight bars
 * of its decision, each named after its setting in {@code config/bot.properties}.
 */
public final class AnswerEngines implements EngineFactory {
    static final String ANSWER = "answer.min-confidence";
    static final String SUGGEST = "answer.suggest-confidence";
    static final String MARGIN = "answer.min-margin";
    static final String RIVAL = "answer.rival-tolerance";
    static final String FAR_CONFIDENCE = "answer.far-ahead.min-confidence";
    static final String FAR_SELF_RATIO = "answer.far-ahead.min-self-ratio";
    static final String FAR_LEAD = "answer.far-ahead.min-lead";
    static final String WORDING_LEAD = "answer.min-wording-lead";

    private final Thresholds thresholds;
    private final Settings semantic;
    private final Path vectorCache;
    private SentenceVectors vectors;
    private AnswerEngine cachedFor;
    private Map<String, Decision> cache;

    /** Engines under {@code thresholds}, without the sentence model's second opinion. */
    public AnswerEngines(Thresholds thresholds) {
        this(thresholds, null, null);
    }

    /**
     * @param semantic the settings holding the {@link SemanticCheck}'s bars; null: no sentence model
     * @param vectorCache the folder keeping the knowledge's sentence vectors between runs; null: none
     */
    private AnswerEngines(Thresholds thresholds, Settings semantic, Path vectorCache) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.semantic = semantic;
        this.vectorCache = vectorCache;
    }

    /** The engines the bot itself runs: the bars and sentence model of {@code settings}. */
    public static AnswerEngines from(Settings settings) {
        return new AnswerEngines(Thresholds.from(settings), SemanticCheck.isOff(settings) ? null : settings,
                AnswerEngine.snapshotFolder(settings));
    }

    /** An engine over {@code knowledge}; with the sentence model, its vectors are of this knowledge's questions. */
    @Override
    public Answerer create(KnowledgeBase knowledge) {
        AnswerEngine engine = AnswerEngine.create(knowledge, thresholds);
        return semantic == null ? engine : engine.withSemantic(SemanticCheck.over(knowledge, vectors(), semantic));
    }

    /** One store of vectors for every engine made here: each leave-one-out round encodes nothing new. */
    private synchronized SentenceVectors vectors() {
        if (vectors == null) {
            vectors = new SentenceVectors(vectorCache);
        }
        return vectors;
    }

    @Override
    public List<Bar> bars() {
        FarAhead far = thresholds.farAhead();
        return List.of(
                new Bar(ANSWER, thresholds.answer(), Bar.around(thresholds.answer(), 0.30, 1.0, 0.05)),
                new Bar(SUGGEST, thresholds.suggest(), Bar.around(thresholds.suggest(), 0.0,
                        Math.floor(thresholds.answer() * 20) / 20, 0.05)),
                new Bar(MARGIN, thresholds.margin(), Bar.around(thresholds.margin(), 0.0, 0.3, 0.025)),
                new Bar(RIVAL, thresholds.rivalTolerance(), Bar.around(thresholds.rivalTolerance(), 0.0, 0.3, 0.025)),
                new Bar(FAR_CONFIDENCE, far.confidence(), Bar.around(far.confidence(), 0.3, thresholds.answer(), 0.05)),
                new Bar(FAR_SELF_RATIO, far.selfRatio(), Bar.around(far.selfRatio(), 0.0, 1.0, 0.1)),
                new Bar(FAR_LEAD, far.lead(), Bar.around(far.lead(), 0.05, 0.5, 0.05)),
                new Bar(WORDING_LEAD, thresholds.wordingLead(), Bar.around(thresholds.wordingLead(), 0.1, 1.0, 0.1)));
    }

    /**
     * The engine re-deciding under one moved bar, from decisions cached per question: the curve asks the same questions
     * at every value, and a bar changes the decision, not the search. A did-you-mean offers the best entry only, so in
     * the curve "did-you-mean with the right entry" means the right entry ranked first.
     */
    @Override
    public Answerer withBar(Answerer answerer, String bar, double value) {
        AnswerEngine engine = (AnswerEngine) answerer;
        Thresholds moved = switch (bar) {
            case ANSWER -> thresholds.withAnswer(value);
            case SUGGEST -> thresholds.withSuggest(value);
            case MARGIN -> thresholds.withMargin(value);
            case RIVAL -> thresholds.withRivalTolerance(value);
            case FAR_CONFIDENCE -> thresholds.withFarAhead(thresholds.farAhead().withConfidence(value));
            case FAR_SELF_RATIO -> thresholds.withFarAhead(thresholds.farAhead().withSelfRatio(value));
            case FAR_LEAD -> thresholds.withFarAhead(thresholds.farAhead().withLead(value));
            case WORDING_LEAD -> thresholds.withWordingLead(value);
            default -> throw new IllegalArgumentException("no bar '" + bar + "'");
        };
        return new Redecided(engine, decisions(engine), moved);
    }

    private synchronized Map<String, Decision> decisions(AnswerEngine engine) {
        if (cachedFor != engine) {
            cachedFor = engine;
            cache = new ConcurrentHashMap<>();
        }
        return cache;
    }

    /** An engine's cached decisions, replayed under other thresholds. */
    private record Redecided(AnswerEngine engine, Map<String, Decision> decisions, Thresholds thresholds)
            implements Answerer {

        @Override
        public Reply answer(String question) {
            Decision decision = decisions.computeIfAbsent(question, engine::explain);
            Outcome outcome = decision.outcomeUnder(thresholds);
            Entry best = decision.candidates().isEmpty() ? null : decision.candidates().get(0).entry();
            return new Reply(question, outcome, decision.language(), outcome == Outcome.ANSWER ? best : null, "", null,
                    0, outcome == Outcome.DID_YOU_MEAN ? List.of(best) : List.of());
        }

        @Override
        public Optional<Reply> open(String entryId, Language language) {
            return engine.open(entryId, language);
        }

        @Override
        public KnowledgeBase knowledge() {
            return engine.knowledge();
        }
    }
}
