package com.awshiringbot.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks that span entries: ids, topics, sources, related ids, stage orders and shared questions. */
final class CrossChecks {
    private final ProblemList problems;

    CrossChecks(ProblemList problems) {
        this.problems = problems;
    }

    void run(List<Draft> drafts, List<String> topics, Set<String> sources) {
        Map<String, Draft> byId = new HashMap<>();
        for (Draft draft : drafts) {
            if (draft.id == null) {
                continue;
            }
            Draft first = byId.putIfAbsent(draft.id, draft);
            if (first != null) {
                report(draft, draft.line, "duplicate id (first defined at " + first.location() + ")");
            }
        }
        Map<Integer, Draft> stages = new HashMap<>();
        Map<String, Draft> questions = new HashMap<>();
        for (Draft draft : drafts) {
            if (draft.topic != null && !draft.topic.isEmpty() && !topics.contains(draft.topic)) {
                report(draft, draft.topicLine, "unknown topic '" + draft.topic + "' (known topics: "
                        + String.join(", ", topics) + ")");
            }
            if (draft.post != null && !sources.contains(draft.post)) {
                report(draft, draft.postLine, "unknown source post '" + draft.post + "' (sources.yaml lists: "
                        + String.join(", ", sources) + ")");
            }
            for (Draft.Located related : draft.related) {
                if (related.text().equals(draft.id)) {
                    report(draft, related.line(), "related id '" + related.text() + "' is the entry itself");
                } else if (!byId.containsKey(related.text())) {
                    report(draft, related.line(), "related id '" + related.text() + "' does not exist");
                }
            }
            if (draft.stage != null) {
                Draft first = stages.putIfAbsent(draft.stage, draft);
                if (first != null) {
                    report(draft, draft.stageLine, "stage " + draft.stage + " is already used by entry '"
                            + first.label + "' (" + first.location() + ")");
                }
            }
            checkQuestions(draft, draft.questionsKo, questions);
            checkQuestions(draft, draft.questionsEn, questions);
        }
    }

    private void checkQuestions(Draft draft, List<Draft.Located> list, Map<String, Draft> seen) {
        for (Draft.Located question : list) {
            Draft first = seen.putIfAbsent(QuestionKey.of(question.text()), draft);
            if (first == draft) {
                report(draft, question.line(), "question '" + question.text() + "' is listed twice in this entry");
            } else if (first != null) {
                report(draft, question.line(), "question '" + question.text() + "' is also a question of entry '"
                        + first.label + "' (" + first.location() + ")");
            }
        }
    }

    private void report(Draft draft, int line, String message) {
        problems.add(draft.file, line, draft.label, message);
        draft.sound = false;
    }
}
