package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.answer.FakeAnswerer;
import com.awshiringbot.knowledge.KnowledgeLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final String TOKEN = "4242:test-secret-token";
    private static final AnswererFactory BROKEN = settings -> {
        KnowledgeLoader.load(Path.of("src/test/resources/knowledge-fixtures/duplicate-stage"));
        throw new AssertionError("the fixture is broken");
    };

    @Test
    void withoutATokenAndWithoutASubcommandItChatsInTheConsole() {
        FakeAnswerer fake = FakeAnswerer.overFixture();
        Run run = Run.of("워라밸은 어때요?\n/quit\n".getBytes(StandardCharsets.UTF_8), Map.of(), settings -> fake);

        assertEquals(0, run.exitCode());
        assertEquals(List.of(
                "AWS 채용 안내 봇입니다. 궁금한 것을 물어보세요. (/help 도움말, /quit 끝내기)",
                "Ask me about getting hired at AWS, in Korean or English. (/help, /quit)",
                "> 유연 근무와 재택이 가능하다고 합니다.",
                "출처: AWS 엔지니어 컨퍼런스 2020 후기 (2020-03-05) — Q&A 질문3 https://aws.amazon.com/careers/",
                "> 안녕히 가세요!"), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void theConsoleSubcommandReadsUtf8WhateverThePlatformCharset() {
        FakeAnswerer fake = FakeAnswerer.overFixture();
        Run run = Run.of("루프면접 머임\n".getBytes(StandardCharsets.UTF_8), Map.of(), settings -> fake, "console");

        assertEquals(0, run.exitCode());
        assertEquals(List.of("루프면접 머임"), fake.asked());
        assertEquals("> 하루에 여러 명과 연달아 보는 마지막 면접입니다.", run.outLines().get(2));
    }

    @Test
    void aBrokenKnowledgeBaseStopsEveryStartUpWithExitCodeTwo(@TempDir Path data) {
        String problem = "src/test/resources/knowledge-fixtures/duplicate-stage/entries/a.yaml:21: entry "
                + "'loop-interview': stage 1 is already used by entry 'technical-screen' "
                + "(src/test/resources/knowledge-fixtures/duplicate-stage/entries/a.yaml:1)";
        // The bot's store and connection start beside the core: give them a state folder and a closed port.
        Map<String, String> bot = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "BOT_DATA_DIR", data.toString(),
                "TELEGRAM_API_URL", "http://127.0.0.1:9");
        for (Map<String, String> env : List.of(Map.<String, String>of(), bot)) {
            for (String[] args : List.of(new String[0], new String[] {"console"}, new String[] {"ask", "--json"})) {
                Run run = Run.of("hi\n".getBytes(StandardCharsets.UTF_8), env, BROKEN, args);

                assertEquals(2, run.exitCode(), List.of(args) + " " + env.keySet());
                assertEquals("", run.out());
                assertEquals(List.of(problem, "1 problem in the knowledge base; fix them and run 'validate' again."),
                        run.errLines());
                assertFalse(run.err().contains(TOKEN));
            }
        }
    }

    @Test
    void anUnknownSubcommandIsBadUsage() {
        Run run = Run.of(Map.of(), "chat");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unmatched argument at index 0: 'chat'"), run.err());
    }

    @Test
    void aBadSettingIsReportedByNameWithExitCodeTwo() {
        Run run = Run.of(Map.of("BOT_CONFIG", "src/test/resources/no-such-config.properties"), "validate");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("Configuration error: Cannot read the configuration file "
                + "src/test/resources/no-such-config.properties: src/test/resources/no-such-config.properties"),
                run.errLines());
    }
}
