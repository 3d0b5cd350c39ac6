package com.awshiringbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real engine on the shipped knowledge and labelled set must not fall below the floors committed in
 * {@code knowledge/eval/floors.properties}. When it does, the message lists every miss of the part.
 */
class EvalFloorsTest {

    private static void meetsItsFloors(String part) throws Exception {
        PartFigures figures = Evaluation.measure(Shipped.engine(), part, Shipped.set().part(part));
        List<String> failures = Shipped.failures(figures, null, null);
        assertEquals(List.of(), failures, () -> Shipped.explain(failures, part + " misses", figures.misses()));
    }

    @Test
    void theHeldOutPartMeetsItsFloors() throws Exception {
        meetsItsFloors("heldout");
    }

    @Test
    void theTuningPartMeetsItsFloors() throws Exception {
        meetsItsFloors("tune");
    }

    @Test
    void everyHeadlineFigureHasAFloor() throws Exception {
        for (String key : List.of("heldout.ko.accuracy", "heldout.en.accuracy", "heldout.refusals",
                "heldout.wrong-confident.max", "variants.accuracy", "leave-one-out.retrieved")) {
            assertTrue(Shipped.floors().values().containsKey(key), "no floor for " + key);
        }
    }
}
