package com.awshiringbot.bench;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Answers every question with "don't know" and records the questions: enough to exercise the harness. */
final class FakeAnswerer implements Answerer {
    final AtomicInteger calls = new AtomicInteger();
    final List<String> asked = Collections.synchronizedList(new ArrayList<>());
    private final long delayMillis;

    FakeAnswerer() {
        this(0);
    }

    /** An answerer that takes {@code delayMillis} over each answer, like a slow core. */
    FakeAnswerer(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public Reply answer(String question) {
        calls.incrementAndGet();
        asked.add(question);
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Reply(question, Outcome.DONT_KNOW, Language.KO, null, "모름: " + question, null, 0, List.of());
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return Optional.empty();
    }

    @Override
    public KnowledgeBase knowledge() {
        return new KnowledgeBase(List.of(), List.of(), "", "");
    }
}
