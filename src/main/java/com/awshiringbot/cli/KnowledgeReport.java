package com.awshiringbot.cli;

import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.Problem;
import java.io.PrintWriter;

/** Prints the problems of a broken knowledge base: one per line, like a compiler, then a count. */
final class KnowledgeReport {
    private KnowledgeReport() {
    }

    static void print(KnowledgeException e, PrintWriter err) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        int count = e.problems().size();
        err.println(count + (count == 1 ? " problem" : " problems")
                + " in the knowledge base; fix them and run 'validate' again.");
        err.flush();
    }
}
