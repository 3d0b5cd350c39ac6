package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Questions;
import com.awshiringbot.knowledge.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hand-written core for adapter tests: a small fixed knowledge base and keyword matching. Its "don't know" reply
 * quotes the question, so the tests see that user text reaches Telegram escaped.
 */
final class FakeCore implements Answerer {

    static final String WLB_ANSWER_KO = "팀마다 달라요. <야근>은 드물고 휴가 & 유연근무를 쓸 수 있어요.";

    private final KnowledgeBase knowledge;
    private final Map<String, String> keywords = Map.of(
            "루프", "loop-interview", "loop", "loop-interview", "star", "star-method", "워라밸", "culture-wlb",
            "지원", "stage-apply", "전화", "stage-phone");
    final List<String> asked = new CopyOnWriteArrayList<>();

    FakeCore() {
        List<Entry> entries = new ArrayList<>();
        entries.add(entry("stage-apply", "stage", 1, "지원은 어떻게 하나요?", "How do I apply?",
                "채용 페이지에서 지원서를 내요.", "You apply on the careers page.", List.of()));
        entries.add(entry("stage-phone", "stage", 2, "전화 면접은 어떤가요?", "What is the phone screen like?",
                "30분쯤 기술 질문을 받아요.", "About thirty minutes of technical questions.", List.of()));
        entries.add(entry("loop-interview", "stage", 3, "루프 면접이 뭐예요?", "What is the loop interview?",
                "하루에 여러 명과 연달아 보는 면접이에요.", "Several interviews in a row on one day.", List.of("star-method", "gone")));
        entries.add(entry("star-method", "interview-tips", null, "STAR 답변이 뭐예요?", "What is a STAR answer?",
                "상황, 과제, 행동, 결과 순서로 답해요.", "Situation, task, action, result.", List.of()));
        entries.add(entry("culture-wlb", "culture", null, "워라밸은 어때요?", "How is work-life balance?",
                WLB_ANSWER_KO, "It depends on the team.", List.of()));
        entries.add(entry("lp-customer", "leadership-principles", null, "고객 집착이 뭐예요?", "What is Customer Obsession?",
                "고객에서 시작해 거꾸로 일해요.", "Start with the customer and work backwards.", List.of()));
        for (int i = 1; i <= 8; i++) {
            entries.add(entry("faq-" + i, "faq", null, "자주 묻는 질문 " + i + "?", "Frequent question " + i + "?",
                    "답 " + i + ".", "Answer " + i + ".", List.of()));
        }
        this.knowledge = new KnowledgeBase(entries, List.of(
                new Source("interview-story", "AWS Cloud Support Engineer 면접 후기", "A post.", null, null),
                new Source("conference-recap", "[2020 컨퍼런스] AWS 엔지니어 컨퍼런스 2020 후기", "A recap.", "2020-03-05",
                        "https://example.com/recap?a=1&b=2")), "", "");
    }

    private static Entry entry(String id, String topic, Integer stage, String ko, String en, String answerKo,
            String answerEn, List<String> related) {
        return new Entry(id, topic, stage, new Questions(List.of(ko), List.of(en)), new Bilingual(answerKo, answerEn),
                new Citation(stage != null ? "interview-story" : "conference-recap", "Q&A " + id, null), related,
                "test:" + id);
    }

    @Override
    public Reply answer(String question) {
        asked.add(question);
        Language language = question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                ? Language.KO : Language.EN;
        String lower = question.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> keyword : keywords.entrySet()) {
            if (lower.contains(keyword.getKey())) {
                Entry entry = knowledge.entry(keyword.getValue()).orElseThrow();
                return new Reply(question, Outcome.ANSWER, language, entry, entry.answer().in(language),
                        knowledge.citation(entry, language), 0.9, List.of());
            }
        }
        if (lower.contains("면접")) {
            return new Reply(question, Outcome.DID_YOU_MEAN, language, null, "혹시 이 중 하나를 물으셨나요?", null, 0.4,
                    List.of(knowledge.entry("loop-interview").orElseThrow(), knowledge.entry("stage-phone").orElseThrow()));
        }
        return new Reply(question, Outcome.DONT_KNOW, language, null, "‘" + question + "’에 대해서는 잘 모르겠어요.", null, 0, List.of());
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return knowledge.entry(entryId).map(entry -> new Reply(entry.title(language), Outcome.ANSWER, language, entry,
                entry.answer().in(language), knowledge.citation(entry, language), 1, List.of()));
    }

    @Override
    public KnowledgeBase knowledge() {
        return knowledge;
    }
}
