package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hand-written core for adapter tests: the test knowledge ({@link TestKnowledge}) and keyword matching, so the
 * adapter's tests do not depend on the real core's ranking. Its "don't know" reply quotes the question, so the tests
 * see that user text reaches Telegram escaped.
 */
final class FakeCore implements Answerer {

    static final String WLB_ANSWER_KO = "팀마다 달라요. <야근>은 드물고 휴가 & 유연근무를 쓸 수 있어요.";

    private final KnowledgeBase knowledge;
    private final Map<String, String> keywords = Map.of(
            "루프", "loop-interview", "loop", "loop-interview", "star", "star-method", "워라밸", "culture-wlb",
            "지원", "stage-apply", "전화", "stage-phone");
    final List<String> asked = new CopyOnWriteArrayList<>();

    FakeCore() {
        this.knowledge = TestKnowledge.base();
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
