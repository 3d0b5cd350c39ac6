package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.eval.Variant.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How well the answerer copes with generated variants of the in-scope labelled questions.
 *
 * @param byKind variants answered with their entry, per kind (every kind present, possibly 0/0)
 * @param misses the variants not answered with their entry; the location is the original's
 */
public record VariantFigures(Map<Kind, Count> byKind, List<Miss> misses) {

    public VariantFigures {
        Map<Kind, Count> ordered = new EnumMap<>(Kind.class);
        ordered.putAll(byKind);
        byKind = Collections.unmodifiableMap(ordered);
        misses = List.copyOf(misses);
    }

    /** All kinds together. */
    public Count all() {
        int hits = 0;
        int total = 0;
        for (Count c : byKind.values()) {
            hits += c.hits();
            total += c.total();
        }
        return new Count(hits, total);
    }

    /** Generates the variants of the in-scope {@code questions} and asks them all. */
    public static VariantFigures measure(Answerer answerer, List<LabelledQuestion> questions) {
        Map<Kind, Count> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new Count(0, 0));
        }
        List<Miss> misses = new ArrayList<>();
        for (Variant variant : Variants.of(questions.stream().filter(LabelledQuestion::inScope).toList())) {
            Reply reply = answerer.answer(variant.question().question());
            boolean right = Evaluation.isRight(variant.question(), reply);
            byKind.merge(variant.kind(), new Count(right ? 1 : 0, 1),
                    (a, b) -> new Count(a.hits() + b.hits(), a.total() + b.total()));
            if (!right) {
                LabelledQuestion q = variant.question();
                misses.add(Miss.of(new LabelledQuestion(q.question(), q.expectedId(), q.part(),
                        q.location() + " (" + variant.kind().label() + ")"), reply));
            }
        }
        return new VariantFigures(byKind, misses);
    }
}
