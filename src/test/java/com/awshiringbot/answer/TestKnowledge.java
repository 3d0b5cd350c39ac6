package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Questions;
import com.awshiringbot.knowledge.Source;
import java.util.List;

/** A small knowledge base written for the tests, in the shape of the real one. */
final class TestKnowledge {
    private TestKnowledge() {
    }

    static KnowledgeBase create() {
        return new KnowledgeBase(
                List.of(
                        entry("hiring-process", "process",
                                List.of("AWS 채용 과정은 어떻게 되나요?", "면접 몇 번 봐요?", "채용 절차 알려주세요"),
                                List.of("What is the AWS hiring process?", "How many interview rounds are there?"),
                                "면접은 세 번이에요: 기술 면접, 매니저 면접, 루프 면접.",
                                "There are three interviews: technical, manager, and the loop."),
                        entry("technical-screen", "stage",
                                List.of("1차 기술 면접은 어떻게 진행돼요?", "기술면접 뭐 물어봐요?"),
                                List.of("How does the technical interview go?"),
                                "1차는 차임 화상으로 30~40분 기술 질문을 해요.",
                                "The first is a 30-40 minute technical interview over Chime."),
                        entry("manager-interview", "stage",
                                List.of("2차 매니저 면접은 어떻게 진행돼요?", "매니저면접 뭐 봐요?"),
                                List.of("How does the manager interview go?"),
                                "2차는 함께 일할 매니저가 팀 적합성을 봐요.",
                                "The second is with your future manager, about team fit."),
                        entry("loop-interview", "stage",
                                List.of("루프 면접이 뭐예요?", "루프면접 어떻게 준비해요?"),
                                List.of("What is the loop interview?", "How do I prepare for the loop?"),
                                "루프 면접은 여러 명과 연달아 보는 마지막 면접이에요.",
                                "The loop is the final round of back-to-back interviews."),
                        entry("leadership-principles", "leadership-principles",
                                List.of("리더십 원칙이 뭐예요?", "LP 꼭 외워야 돼요?"),
                                List.of("What are the Leadership Principles?"),
                                "아마존의 리더십 원칙 16가지가 면접 질문의 바탕이에요.",
                                "Amazon's 16 Leadership Principles shape the interview questions."),
                        entry("english-level", "english",
                                List.of("영어 못하면 떨어져요?", "영어 면접도 봐요?"),
                                List.of("Do I need to speak English well?"),
                                "영어 면접이 있을 수 있어요. 완벽할 필요는 없어요.",
                                "Some interviews may be in English; it need not be perfect."),
                        entry("work-life-balance", "culture",
                                List.of("워라밸 어때요?", "야근 많아요?"),
                                List.of("How is the work-life balance?"),
                                "패널들은 유연하게 일한다고 했어요.",
                                "The panelists said they work flexibly.")),
                List.of(new Source("interview-story", "AWS Cloud Support Engineer 면접 후기", "story", null, null)),
                "워라밸, 워라벨, work-life balance\nLP, 리더십 원칙, leadership principles\n루프, loop\n",
                "워라밸\n워라벨\n리더십\n리더쉽\n");
    }

    private static Entry entry(String id, String topic, List<String> ko, List<String> en, String answerKo,
            String answerEn) {
        return new Entry(id, topic, null, new Questions(ko, en), new Bilingual(answerKo, answerEn),
                new Citation("interview-story", "section of " + id, null), List.of(), "test:" + id);
    }
}
