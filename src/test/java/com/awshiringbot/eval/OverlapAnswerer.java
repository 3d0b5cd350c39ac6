package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A tiny real retriever for tests: an entry scores the most words any of its questions shares with the question.
 * Two or more shared words and a clear lead answer; a tie offers the tied entries; fewer words is don't-know.
 */
final class OverlapAnswerer implements Answerer {
    private final KnowledgeBase knowledge;

    OverlapAnswerer(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Reply answer(String question) {
        Set<String> words = words(question);
        Entry best = null;
        int bestScore = 0;
        List<Entry> tied = List.of();
        for (Entry entry : knowledge.entries()) {
            int score = 0;
            for (Language language : Language.values()) {
                for (String q : entry.questions().in(language)) {
                    Set<String> shared = words(q);
                    shared.retainAll(words);
                    score = Math.max(score, shared.size());
                }
            }
            if (score > bestScore) {
                best = entry;
                bestScore = score;
                tied = List.of(entry);
            } else if (score == bestScore && best != null) {
                tied = new java.util.ArrayList<>(tied);
                tied.add(entry);
            }
        }
        Language language = LabelledQuestion.languageOf(question);
        if (bestScore < 2) {
            return new Reply(question, Outcome.DONT_KNOW, language, null, "?", null, bestScore, List.of());
        }
        if (tied.size() > 1) {
            return new Reply(question, Outcome.DID_YOU_MEAN, language, null, "?", null, bestScore, tied);
        }
        return new Reply(question, Outcome.ANSWER, language, best, best.answer().in(language), "src", bestScore,
                List.of());
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).replaceAll("[?.!]", "").split("\\s+")));
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return Optional.empty();
    }

    @Override
    public KnowledgeBase knowledge() {
        return knowledge;
    }
}
