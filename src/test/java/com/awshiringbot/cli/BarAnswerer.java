package com.awshiringbot.cli;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.eval.EngineFactory;
import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Questions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fake answerer with one movable bar: each scripted question has an entry and a confidence; at or above the bar it
 * is answered, at or above half the bar it is a did-you-mean, below that don't-know.
 */
final class BarAnswerer implements Answerer {
    static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(List.of(entry("loop-interview"), entry("work-life-balance")),
            List.of(), "", "");

    record Scripted(String id, double confidence) {
    }

    private final Map<String, Scripted> script;
    private final double bar;

    BarAnswerer(Map<String, Scripted> script, double bar) {
        this.script = script;
        this.bar = bar;
    }

    static Entry entry(String id) {
        return new Entry(id, "faq", null, new Questions(List.of(id + " 질문"), List.of(id + " question")),
                new Bilingual(id + " 답", id + " answer"), new Citation("post", "section", null), List.of(), "x.yaml:1");
    }

    @Override
    public Reply answer(String question) {
        Scripted s = script.get(question);
        Language language = question.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) ? Language.KO : Language.EN;
        if (s == null) {
            return new Reply(question, Outcome.DONT_KNOW, language, null, "?", null, 0, List.of());
        }
        Entry entry = KNOWLEDGE.entry(s.id()).orElseThrow();
        if (s.confidence() >= bar) {
            return new Reply(question, Outcome.ANSWER, language, entry, "answer", "src", s.confidence(), List.of());
        }
        Outcome outcome = s.confidence() >= bar / 2 ? Outcome.DID_YOU_MEAN : Outcome.DONT_KNOW;
        return new Reply(question, outcome, language, null, "?", null, s.confidence(),
                outcome == Outcome.DID_YOU_MEAN ? List.of(entry) : List.of());
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return Optional.empty();
    }

    @Override
    public KnowledgeBase knowledge() {
        return KNOWLEDGE;
    }

    /** The factory over this fake: the bar {@code answer}, configured at 0.5, swept from 0.3 to 0.7. */
    static EngineFactory factory(Map<String, Scripted> script) {
        return new EngineFactory() {
            @Override
            public Answerer create(KnowledgeBase knowledge) {
                return new BarAnswerer(script, 0.5);
            }

            @Override
            public List<Bar> bars() {
                return List.of(new Bar("answer", 0.5, Bar.steps(0.3, 0.7, 0.1)));
            }

            @Override
            public Answerer withBar(Answerer answerer, String bar, double value) {
                return new BarAnswerer(script, value);
            }
        };
    }
}
