package com.awshiringbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.knowledge.KnowledgeLoader;
import com.awshiringbot.knowledge.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labelled set shipped in {@code knowledge/eval}: it reads against the shipped knowledge and is as big as asked. */
class ShippedLabelledSetTest {

    @Test
    void theShippedSetReadsWithoutProblemsAndHasTheSizeTheIssueAsksFor() throws Exception {
        LabelledSet set = LabelledSet.read(Path.of("knowledge", "eval"), KnowledgeLoader.load(Path.of("knowledge")));

        assertEquals(List.of("tune", "heldout"), set.parts());
        List<LabelledQuestion> all = set.questions();
        long outOfScope = all.stream().filter(q -> !q.inScope()).count();
        long english = all.stream().filter(q -> q.inScope() && q.language() == Language.EN).count();
        double heldOutShare = (double) set.part("heldout").size() / all.size();
        assertTrue(all.size() >= 250, all.size() + " questions");
        assertTrue(outOfScope >= 60, outOfScope + " out of scope");
        assertTrue(english >= 20, english + " English in-scope");
        assertTrue(heldOutShare > 0.25 && heldOutShare < 0.45, "held-out share " + heldOutShare);
        // Warnings (a question labelled twice) are printed by eval; the set's authors own them.
    }
}
