package com.awshiringbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.FakeAnswerer;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {
    private static final List<String> GREETING = List.of(
            "AWS 채용 안내 봇입니다. 궁금한 것을 물어보세요. (/help 도움말, /quit 끝내기)",
            "Ask me about getting hired at AWS, in Korean or English. (/help, /quit)");

    private final FakeAnswerer fake = FakeAnswerer.overFixture();

    @Test
    void answersWithTheSourceAndNumbersTheRelatedEntriesWhichANumberOpens() throws IOException {
        assertChat("루프면접 머임\n1\n/quit\n",
                "> 하루에 여러 명과 연달아 보는 마지막 면접입니다.",
                "출처: AWS Cloud Support Engineer 면접 후기 — 3차 면접",
                "함께 보기:",
                "  1) 1차 기술 면접은 어떻게 진행돼요?",
                "  2) 워라밸은 어때요?",
                "> 화상으로 30~40분 동안 일반 IT 지식과 이전 업무를 묻습니다.",
                "출처: AWS Cloud Support Engineer 면접 후기 — 1차 면접",
                "함께 보기:",
                "  1) 루프 면접이 뭐예요?",
                "> 안녕히 가세요!");
    }

    @Test
    void didYouMeanChoicesAreNumberedAndOpenInTheQuestionsLanguage() throws IOException {
        assertChat("interview please\n2\n",
                "> Did you mean one of these?",
                "  1) What is the first technical interview like?",
                "  2) What is the loop interview?",
                "> The final round: several interviews in one day.",
                "Source: AWS Cloud Support Engineer 면접 후기 — 3차 면접",
                "Related:",
                "  1) What is the first technical interview like?",
                "  2) How is the work-life balance?",
                "> ");
    }

    @Test
    void choicesTheCoreAlreadyListsAreNotListedTwiceButStillOpenByNumber() throws IOException {
        Answerer listing = new Answerer() {
            @Override
            public Reply answer(String question) {
                Reply reply = fake.answer(question);
                StringBuilder text = new StringBuilder("Did you mean:");
                for (int i = 0; i < reply.choices().size(); i++) {
                    text.append('\n').append(i + 1).append(". ").append(reply.choices().get(i).title(Language.EN));
                }
                return new Reply(question, reply.outcome(), reply.language(), null, text.toString(), null, 0.5,
                        reply.choices());
            }

            @Override
            public Optional<Reply> open(String entryId, Language language) {
                return fake.open(entryId, language);
            }

            @Override
            public KnowledgeBase knowledge() {
                return fake.knowledge();
            }
        };
        StringWriter out = new StringWriter();
        new ConsoleChat(new BufferedReader(new StringReader("interview please\n1\n")), new PrintWriter(out), listing).run();

        assertEquals(List.of(
                "> Did you mean:",
                "1. What is the first technical interview like?",
                "2. What is the loop interview?",
                "> A 30-40 minute video call about general IT knowledge and your past work."),
                out.toString().lines().skip(2).limit(4).toList());
    }

    @Test
    void stagesListsTheHiringStagesInOrder() throws IOException {
        assertChat("/stages\n2\n9\n/faq\n",
                "> 채용 단계:",
                "  1) 1차 기술 면접은 어떻게 진행돼요?",
                "  2) 루프 면접이 뭐예요?",
                "> 하루에 여러 명과 연달아 보는 마지막 면접입니다.",
                "출처: AWS Cloud Support Engineer 면접 후기 — 3차 면접",
                "함께 보기:",
                "  1) 1차 기술 면접은 어떻게 진행돼요?",
                "  2) 워라밸은 어때요?",
                "> 9번 항목이 없어요. /help 를 입력해 보세요.",
                "> 자주 묻는 질문이 없어요.",
                "> ");
    }

    @Test
    void helpFollowsTheLanguageOfTheLastQuestion() throws IOException {
        assertChat("/help\nsalary?\n/HELP\n/what\n",
                "> 질문을 입력하고 Enter를 누르세요.",
                "  /stages  채용 단계 (순서대로)",
                "  /faq     자주 묻는 질문",
                "  /quit    끝내기",
                "번호를 입력하면 바로 위 목록의 그 항목을 엽니다.",
                "> I don't know that one.",
                "I can answer about the interview process.",
                "> Type a question and press Enter.",
                "  /stages  the hiring stages, in order",
                "  /faq     frequently asked questions",
                "  /quit    leave",
                "Type a number to open that item of the list just shown.",
                "> Unknown command /what. Type /help.",
                "> ");
    }

    @Test
    void aNumberBeforeAnyListAndBlankLinesAreHandled() throws IOException {
        assertChat("\n   \n1\n",
                "> > > 1번 항목이 없어요. /help 를 입력해 보세요.",
                "> ");
        assertEquals(List.of(), fake.asked());
    }

    private void assertChat(String input, String... expected) throws IOException {
        StringWriter out = new StringWriter();
        new ConsoleChat(new BufferedReader(new StringReader(input)), new PrintWriter(out), fake).run();
        List<String> lines = new java.util.ArrayList<>(GREETING);
        lines.addAll(List.of(expected));
        assertEquals(lines, out.toString().lines().toList());
    }
}
