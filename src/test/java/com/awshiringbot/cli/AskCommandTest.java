package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.FakeAnswerer;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.KnowledgeLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AskCommandTest {
    private final FakeAnswerer fake = FakeAnswerer.overFixture();

    @Test
    void jsonWritesOneObjectPerQuestionWithEveryField() {
        Run run = ask("루프면접 머임\nHow is the work-life balance?\n워라밸 주식 연봉\nAWS 연봉 얼마야?\n", "--json");

        assertEquals(0, run.exitCode());
        assertEquals(List.of(
                "{\"question\":\"루프면접 머임\",\"answered\":true,\"outcome\":\"answer\",\"id\":\"loop-interview\","
                        + "\"answer\":\"하루에 여러 명과 연달아 보는 마지막 면접입니다.\",\"lang\":\"ko\","
                        + "\"source\":\"출처: AWS Cloud Support Engineer 면접 후기 — 3차 면접\",\"score\":0.9,\"choices\":[]}",
                "{\"question\":\"How is the work-life balance?\",\"answered\":true,\"outcome\":\"answer\","
                        + "\"id\":\"work-life-balance\",\"answer\":\"Flexible hours and remote work are common.\","
                        + "\"lang\":\"en\",\"source\":\"Source: AWS 엔지니어 컨퍼런스 2020 후기 (2020-03-05) — Q&A 질문3 "
                        + "https://aws.amazon.com/careers/\",\"score\":0.9,\"choices\":[]}",
                "{\"question\":\"워라밸 주식 연봉\",\"answered\":false,\"outcome\":\"did_you_mean\",\"id\":null,"
                        + "\"answer\":null,\"lang\":\"ko\",\"source\":null,\"score\":0.5,\"choices\":[\"work-life-balance\"]}",
                "{\"question\":\"AWS 연봉 얼마야?\",\"answered\":false,\"outcome\":\"dont_know\",\"id\":null,"
                        + "\"answer\":null,\"lang\":\"ko\",\"source\":null,\"score\":0.0,\"choices\":[]}"),
                run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void plainWritesEachReplyOnOneLine() {
        Run run = ask("What is the loop interview?\n면접 연봉\nsalary\n");

        assertEquals(List.of(
                "The final round: several interviews in one day. / Source: AWS Cloud Support Engineer 면접 후기 — 3차 면접",
                "혹시 이 질문인가요? / 1) 1차 기술 면접은 어떻게 진행돼요? [technical-screen] / 2) 루프 면접이 뭐예요? "
                        + "[loop-interview]",
                "I don't know that one. / I can answer about the interview process."), run.outLines());
    }

    @Test
    void everyInputLineGetsExactlyOneOutputLineWhateverItHolds() throws Exception {
        List<String> questions = List.of("", "   ", "가".repeat(10_000), "*:* OR title:[a TO z]", "😀😀ㅋㅋㅋ",
                "<b>hi</b>\u2028next", "'; DROP TABLE entries; --", "{\"json\": true}", "12345", "\t");
        ByteArrayOutputStream stdin = new ByteArrayOutputStream();
        for (String question : questions) {
            stdin.write((question + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        stdin.write(new byte[] {'a', (byte) 0xff, (byte) 0xc3, '(', '\n'});
        stdin.write("no newline at the end".getBytes(StandardCharsets.UTF_8));

        Run run = Run.of(stdin.toByteArray(), Map.of(), settings -> fake, "ask", "--json");

        List<String> expected = new ArrayList<>(questions);
        expected.add("a\uFFFD\uFFFD(");
        expected.add("no newline at the end");
        assertEquals(expected, fake.asked());
        List<String> got = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : run.outLines()) {
            JsonNode node = json.readTree(line);
            assertEquals(List.of("question", "answered", "outcome", "id", "answer", "lang", "source", "score", "choices"),
                    iterable(node.fieldNames()));
            got.add(node.get("question").asText());
        }
        assertEquals(expected, got);
        assertEquals("", run.err());
    }

    @Test
    void noInputWritesNothing() {
        Run run = ask("", "--json");

        assertEquals(0, run.exitCode());
        assertEquals("", run.out());
    }

    @Test
    void aBrokenKnowledgeBaseStopsAskWithExitCodeTwoBeforeReadingAQuestion() {
        Run run = Run.of("루프면접 머임\n".getBytes(StandardCharsets.UTF_8), Map.of(),
                settings -> {
                    KnowledgeLoader.load(java.nio.file.Path.of("src/test/resources/knowledge-fixtures/missing-field"));
                    throw new AssertionError("unreachable");
                }, "ask");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("src/test/resources/knowledge-fixtures/missing-field/entries/a.yaml:1: entry "
                        + "'loop-interview': missing field 'topic'",
                "1 problem in the knowledge base; fix them and run 'validate' again."), run.errLines());
    }

    @Test
    void anAnswererFailureStillGivesTheLineItsOutput() {
        Run run = Run.of("boom\nnext\n".getBytes(StandardCharsets.UTF_8), Map.of(), settings -> new FailingOnce(fake),
                "ask", "--json");

        assertEquals(2, run.outLines().size());
        assertTrue(run.outLines().get(0).startsWith("{\"question\":\"boom\",\"answered\":false,\"outcome\":\"dont_know\""),
                run.out());
        assertEquals("ask: the question 'boom' failed: java.lang.IllegalStateException: broken", run.errLines().get(0));
    }

    private Run ask(String stdin, String... options) {
        List<String> args = new ArrayList<>(List.of("ask"));
        args.addAll(List.of(options));
        return Run.of(stdin.getBytes(StandardCharsets.UTF_8), Map.of(), settings -> fake, args.toArray(String[]::new));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /** Throws on the first question, then delegates. */
    private static final class FailingOnce implements com.awshiringbot.answer.Answerer {
        private final com.awshiringbot.answer.Answerer delegate;
        private boolean failed;

        FailingOnce(com.awshiringbot.answer.Answerer delegate) {
            this.delegate = delegate;
        }

        @Override
        public com.awshiringbot.answer.Reply answer(String question) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("broken");
            }
            return delegate.answer(question);
        }

        @Override
        public java.util.Optional<com.awshiringbot.answer.Reply> open(String id, com.awshiringbot.knowledge.Language l) {
            return delegate.open(id, l);
        }

        @Override
        public com.awshiringbot.knowledge.KnowledgeBase knowledge() {
            return delegate.knowledge();
        }
    }
}
