package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Objects;

/**
 * Runs a whole evaluation: every part of the labelled set, the generated variants, leave-one-out and the threshold
 * curves. The one place where the pieces are wired.
 */
public final class Evaluator {
    private final KnowledgeBase knowledge;
    private final EngineFactory factory;

    public Evaluator(KnowledgeBase knowledge, EngineFactory factory) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Measures {@code set}.
     *
     * @param name how the set is named in the report (its path)
     * @param leaveOneOut whether to run leave-one-out (an index build per round)
     */
    public EvalReport run(String name, LabelledSet set, boolean leaveOneOut) {
        Answerer answerer = factory.create(knowledge);
        List<PartFigures> parts = Evaluation.run(answerer, set);
        VariantFigures variants = VariantFigures.measure(answerer, set.questions());
        LeaveOneOutFigures rounds = leaveOneOut ? LeaveOneOut.run(knowledge, factory::create) : null;
        List<LabelledQuestion> tune = set.part("tune");
        List<Curve> curves = tune.isEmpty() ? List.of() : Curve.sweep(factory, answerer, "tune", tune);
        return new EvalReport(name, parts, variants, rounds, curves, set.warnings());
    }
}
