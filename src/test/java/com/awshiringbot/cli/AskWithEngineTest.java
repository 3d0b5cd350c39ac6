package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ask} through the real engine over the shipped knowledge, built once for the class. */
class AskWithEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Answerer engine;

    @BeforeAll
    static void build() throws KnowledgeException {
        engine = AnswerEngine.load(Settings.defaults());
    }

    @Test
    void theIssuesThreeQuestionsAreAnsweredInTheirLanguageOrRefused() throws IOException {
        List<JsonNode> lines = askJson("루프면접 머임\nHow many interview rounds are there?\nAWS 연봉 얼마야?\n"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(3, lines.size());
        assertAnswered(lines.get(0), "loop-interview", "ko");
        assertAnswered(lines.get(1), "hiring-process", "en");
        JsonNode salary = lines.get(2);
        assertEquals("AWS 연봉 얼마야?", salary.get("question").asText());
        assertFalse(salary.get("answered").asBoolean());
        assertEquals("dont_know", salary.get("outcome").asText());
        assertTrue(salary.get("id").isNull());
    }

    @Test
    void oddInputsEachGetOneLineAndNoError() throws IOException {
        List<String> questions = List.of("", "가".repeat(10_000), "*:* OR title:[a TO z]", "title:\"loop\"~2 AND (",
                "😀😀😀 ㅋㅋㅋㅋ ㅠㅠ", "<script>alert(1)</script>", "SELECT * FROM entries WHERE 1=1; --", "1234567890",
                "ａｗｓ　면접", "\\", "what?!?!");
        ByteArrayOutputStream stdin = new ByteArrayOutputStream();
        for (String question : questions) {
            stdin.write((question + "\n").getBytes(StandardCharsets.UTF_8));
        }
        stdin.write(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xff, '\n'});

        Run run = Run.of(stdin.toByteArray(), Map.of(), settings -> engine, "ask", "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> got = new ArrayList<>();
        for (String line : run.outLines()) {
            got.add(JSON.readTree(line).get("question").asText());
        }
        assertEquals(questions.size() + 1, got.size());
        assertEquals(questions, got.subList(0, questions.size()), "the questions come back in order");
        assertTrue(got.get(questions.size()).matches("\uFFFD+"), "bad bytes become U+FFFD");
    }

    private static List<JsonNode> askJson(byte[] stdin) throws IOException {
        Run run = Run.of(stdin, Map.of(), settings -> engine, "ask", "--json");
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.outLines()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static void assertAnswered(JsonNode line, String id, String lang) {
        assertEquals("answer", line.get("outcome").asText(), line.toString());
        assertTrue(line.get("answered").asBoolean());
        assertEquals(id, line.get("id").asText());
        assertEquals(lang, line.get("lang").asText());
        assertFalse(line.get("answer").asText().isBlank());
        assertTrue(line.get("source").asText().startsWith(lang.equals("ko") ? "출처: " : "Source: "), line.toString());
    }
}
