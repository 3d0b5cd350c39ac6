package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Questions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Leave-one-out over the entries' own questions: each question, removed from the knowledge, must still find its
 * entry. A question that another entry takes instead points at two entries that overlap.
 *
 * <p>An index per question would be slow, so the questions are left out in rounds: round {@code i} removes the
 * {@code i}-th Korean and English question of every entry at once and asks them all, which needs as many index
 * builds as the longest question list; the rounds run in parallel, so {@code build} must be thread-safe. An entry's
 * only question in a language is never removed.
 */
public final class LeaveOneOut {

    private LeaveOneOut() {
    }

    /**
     * Runs the rounds.
     *
     * @param build makes an answerer over a knowledge base (the real engine, with its configured bars)
     */
    public static LeaveOneOutFigures run(KnowledgeBase knowledge, Function<KnowledgeBase, Answerer> build) {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(build, "build");
        int rounds = longestQuestionList(knowledge);
        // Rounds are independent: built and asked in parallel, then counted in round order.
        List<List<Asked>> results = IntStream.range(0, rounds).parallel()
                .mapToObj(round -> round(knowledge, build, round))
                .toList();
        Count answered = new Count(0, 0);
        Count retrieved = new Count(0, 0);
        List<Miss> misses = new ArrayList<>();
        for (List<Asked> round : results) {
            for (Asked asked : round) {
                boolean right = Evaluation.isRight(asked.question(), asked.reply());
                answered = answered.plus(right);
                retrieved = retrieved.plus(right || firstChoiceIs(asked.reply(), asked.question().expectedId()));
                if (!right) {
                    misses.add(Miss.of(asked.question(), asked.reply()));
                }
            }
        }
        return new LeaveOneOutFigures(answered, retrieved, rounds, misses);
    }

    private static List<Asked> round(KnowledgeBase knowledge, Function<KnowledgeBase, Answerer> build, int round) {
        List<LabelledQuestion> leftOut = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : knowledge.entries()) {
            entries.add(without(entry, round, leftOut));
        }
        if (leftOut.isEmpty()) {
            return List.of();
        }
        Answerer answerer = build.apply(knowledge.withEntries(entries));
        return leftOut.stream().map(q -> new Asked(q, answerer.answer(q.question()))).toList();
    }

    private record Asked(LabelledQuestion question, Reply reply) {
    }

    private static Entry without(Entry entry, int round, List<LabelledQuestion> leftOut) {
        List<String> ko = new ArrayList<>(entry.questions().ko());
        List<String> en = new ArrayList<>(entry.questions().en());
        leaveOut(entry, Language.KO, ko, round, leftOut);
        leaveOut(entry, Language.EN, en, round, leftOut);
        return new Entry(entry.id(), entry.topic(), entry.stage(), new Questions(ko, en), entry.answer(),
                entry.citation(), entry.related(), entry.location());
    }

    private static void leaveOut(Entry entry, Language language, List<String> questions, int round,
            List<LabelledQuestion> leftOut) {
        if (questions.size() > 1 && round < questions.size()) {
            String question = questions.remove(round);
            String where = (entry.location() == null ? "" : entry.location() + " ")
                    + "entry '" + entry.id() + "' questions." + language.code() + "[" + round + "]";
            leftOut.add(new LabelledQuestion(question, entry.id(), "leave-one-out", where));
        }
    }

    private static boolean firstChoiceIs(Reply reply, String id) {
        return reply.outcome() == Outcome.DID_YOU_MEAN && !reply.choices().isEmpty()
                && reply.choices().get(0).id().equals(id);
    }

    private static int longestQuestionList(KnowledgeBase knowledge) {
        int longest = 0;
        for (Entry entry : knowledge.entries()) {
            longest = Math.max(longest, Math.max(entry.questions().ko().size(), entry.questions().en().size()));
        }
        return longest;
    }
}
