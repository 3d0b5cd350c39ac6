package com.awshiringbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AnswerEnginesTest {

    private static String summary(Reply reply) {
        String id = reply.entry() == null ? "-" : reply.entry().id();
        String first = reply.choices().isEmpty() ? "-" : reply.choices().get(0).id();
        return reply.question() + " → " + reply.outcome() + " " + id + " " + first;
    }

    @Test
    void theCurveReplaysTheEnginesOwnDecisionsAtTheConfiguredBars() throws Exception {
        AnswerEngines engines = Shipped.engines();
        Answerer engine = Shipped.engine();
        // Every bar at its configured value gives the configured thresholds: one bar checks them all.
        EngineFactory.Bar bar = engines.bars().get(0);
        Answerer replayed = engines.withBar(engine, bar.name(), bar.configured());
        for (LabelledQuestion q : Shipped.set().part("tune")) {
            assertEquals(summary(engine.answer(q.question())), summary(replayed.answer(q.question())));
        }
    }

    @Test
    void theCurvesSweepTheEightBarsOfTheDecisionByTheirSettingNames() {
        assertEquals(List.of("answer.min-confidence", "answer.suggest-confidence", "answer.min-margin",
                "answer.rival-tolerance", "answer.far-ahead.min-confidence", "answer.far-ahead.min-self-ratio",
                "answer.far-ahead.min-lead", "answer.min-wording-lead"),
                Shipped.engines().bars().stream().map(EngineFactory.Bar::name).toList());
    }

    @Test
    void aRivalToleranceOfOneNeverTurnsAnAnswerIntoAQuestion() throws Exception {
        AnswerEngines engines = Shipped.engines();
        Answerer engine = Shipped.engine();
        Answerer tolerant = engines.withBar(engine, AnswerEngines.RIVAL, 1.0);
        for (LabelledQuestion q : Shipped.set().part("tune")) {
            Reply configured = engine.answer(q.question());
            if (configured.outcome() == com.awshiringbot.answer.Outcome.ANSWER) {
                assertEquals(summary(configured), summary(tolerant.answer(q.question())));
            }
        }
    }

    @Test
    void raisingTheAnswerBarOnlyEverTakesAnswersAway() throws Exception {
        AnswerEngines engines = Shipped.engines();
        Answerer engine = Shipped.engine();
        List<Set<String>> answered = new ArrayList<>();
        for (double bar : List.of(0.3, 0.6, 0.9)) {
            Answerer moved = engines.withBar(engine, AnswerEngines.ANSWER, bar);
            Set<String> replies = new TreeSet<>();
            for (LabelledQuestion q : Shipped.set().part("tune")) {
                Reply reply = moved.answer(q.question());
                if (reply.answered()) {
                    replies.add(summary(reply));
                }
            }
            answered.add(replies);
        }
        assertTrue(answered.get(0).containsAll(answered.get(1)), "0.6 answers what 0.3 does not");
        assertTrue(answered.get(1).containsAll(answered.get(2)), "0.9 answers what 0.6 does not");
        assertTrue(answered.get(0).size() > answered.get(2).size(), "the bar changes nothing: " + answered.get(0).size());
    }

    @Test
    void everyBarIsSweptAcrossItsConfiguredValue() {
        for (EngineFactory.Bar bar : Shipped.engines().bars()) {
            List<Double> values = bar.values();
            assertTrue(values.contains(bar.configured()), bar.name() + " " + bar.configured() + " not in " + values);
            assertTrue(values.get(0) <= bar.configured() && bar.configured() <= values.get(values.size() - 1),
                    bar.name() + " " + bar.configured() + " outside " + values);
        }
    }

}
