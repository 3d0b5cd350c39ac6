package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The texts the core writes itself: the "did you mean" prompt and the honest "I don't know". */
final class ReplyTexts {
    /** Topic labels, in the order they are listed as what the bot covers. */
    private static final Map<String, String[]> TOPICS = topics();

    private final String dontKnowKo;
    private final String dontKnowEn;

    ReplyTexts(KnowledgeBase knowledge) {
        Set<String> present = knowledge.entries().stream().map(Entry::topic).collect(Collectors.toSet());
        List<String[]> covered = TOPICS.entrySet().stream()
                .filter(topic -> present.contains(topic.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        Set<String> cited = knowledge.entries().stream().map(e -> e.citation().post()).collect(Collectors.toSet());
        List<String> posts = knowledge.sources().stream()
                .filter(s -> cited.contains(s.id()))
                .map(Source::title)
                .toList();
        this.dontKnowKo = dontKnowKo(covered.stream().map(t -> t[0]).toList(), posts);
        this.dontKnowEn = dontKnowEn(covered.stream().map(t -> t[1]).toList(), posts);
    }

    private static Map<String, String[]> topics() {
        Map<String, String[]> topics = new LinkedHashMap<>();
        topics.put("process", new String[] {"채용 절차", "the hiring process"});
        topics.put("stage", new String[] {"면접 단계", "each interview stage"});
        topics.put("interview-tips", new String[] {"면접 준비", "interview preparation"});
        topics.put("leadership-principles", new String[] {"리더십 원칙", "the Leadership Principles"});
        topics.put("english", new String[] {"영어", "English at work"});
        topics.put("competency", new String[] {"필요한 역량", "the skills asked for"});
        topics.put("roles", new String[] {"직군", "roles"});
        topics.put("culture", new String[] {"회사 문화", "culture"});
        topics.put("benefits", new String[] {"복지", "benefits"});
        topics.put("event", new String[] {"2020 엔지니어 컨퍼런스", "the 2020 engineers' conference"});
        return topics;
    }

    private static String dontKnowKo(List<String> topics, List<String> posts) {
        StringBuilder text = new StringBuilder("죄송해요, 그 질문은 제가 가진 자료에서 다루지 않아서 답할 수 없어요.");
        if (!topics.isEmpty()) {
            text.append(" 저는 ");
            if (!posts.isEmpty()) {
                text.append(String.join(", ", posts.stream().map(p -> "「" + p + "」").toList())).append("를 바탕으로 ");
            }
            text.append("AWS 취업에 관한 ").append(String.join(", ", topics)).append("에 대해 답할 수 있어요.");
        }
        return text.toString();
    }

    private static String dontKnowEn(List<String> topics, List<String> posts) {
        StringBuilder text = new StringBuilder("Sorry, I don't know: the material I have does not cover that question.");
        if (!topics.isEmpty()) {
            text.append(" I can answer about getting hired at AWS — ").append(String.join(", ", topics));
            if (!posts.isEmpty()) {
                text.append(" — from ").append(String.join(", ", posts.stream().map(p -> "\"" + p + "\"").toList()));
            }
            text.append('.');
        }
        return text.toString();
    }

    String dontKnow(Language language) {
        return language == Language.EN ? dontKnowEn : dontKnowKo;
    }

    static String didYouMean(List<Entry> choices, Language language) {
        StringBuilder text = new StringBuilder(
                language == Language.EN ? "I'm not sure what you mean. Did you mean one of these?"
                        : "어떤 질문인지 확실하지 않아요. 혹시 이 중 하나인가요?");
        for (int i = 0; i < choices.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(choices.get(i).title(language));
        }
        return text.toString();
    }
}
