package com.awshiringbot.eval;

import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Questions;
import com.awshiringbot.knowledge.Source;
import java.util.List;

/** A small hand-written knowledge base and reply builders for the eval tests. */
final class Fixtures {

    private Fixtures() {
    }

    static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(List.of(
            entry("loop-interview", List.of("루프 면접이 뭐예요?", "루프 면접은 어떻게 진행돼요?"),
                    List.of("What is the loop interview?", "How does the loop interview work?")),
            entry("work-life-balance", List.of("워라밸은 어때요?", "야근이 많나요?", "휴가는 자유롭게 쓰나요?"),
                    List.of("How is the work-life balance?", "Is there a lot of overtime?")),
            entry("leadership-principles", List.of("리더십 원칙이 뭐예요?", "LP는 왜 중요해요?"),
                    List.of("What are the Leadership Principles?")),
            entry("star-method", List.of("STAR 기법이 뭐예요?"), List.of("What is the STAR method?"))),
            List.of(new Source("interview-story", "AWS 면접 후기", "a post", null, null)), "", "");

    static Entry entry(String id, List<String> ko, List<String> en) {
        return new Entry(id, "faq", null, new Questions(ko, en), new Bilingual(id + " 답", id + " answer"),
                new Citation("interview-story", "section", null), List.of(), "knowledge/entries/test.yaml:1");
    }

    static Entry entry(String id) {
        return KNOWLEDGE.entry(id).orElseThrow();
    }

    static Reply answer(String question, String id, double score) {
        Entry e = entry(id);
        return new Reply(question, Outcome.ANSWER, LabelledQuestion.languageOf(question), e, id + " answer",
                "source", score, List.of());
    }

    static Reply didYouMean(String question, double score, String... ids) {
        return new Reply(question, Outcome.DID_YOU_MEAN, LabelledQuestion.languageOf(question), null, "혹시?", null,
                score, List.of(ids).stream().map(Fixtures::entry).toList());
    }

    static Reply dontKnow(String question, double score) {
        return new Reply(question, Outcome.DONT_KNOW, LabelledQuestion.languageOf(question), null, "모릅니다", null,
                score, List.of());
    }

    static LabelledQuestion labelled(String question, String expectedId) {
        return new LabelledQuestion(question, expectedId, "tune", "t.tsv:1");
    }
}
