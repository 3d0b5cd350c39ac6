package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.config.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupProbeTest {
    @TempDir
    Path knowledge;

    @Test
    void printsTheCoresStartUpStepsThenTheHeapAfterTheQuestions() throws Exception {
        FakeAnswerer answerer = new FakeAnswerer();
        CoreStarter starter = settings -> new CoreStarter.Started(answerer, Duration.ofMillis(12), Duration.ofMillis(345),
                Duration.ofMillis(67));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Settings settings = Settings.withOverrides(Map.of("bot.knowledge-dir", knowledge.toString()));

        new StartupProbe(starter).run(settings, 40, new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), true));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        Map<String, Long> start = StartupProbe.parse(lines.get(0));
        assertTrue(lines.get(0).startsWith("probe-start "), lines.get(0));
        assertEquals(List.of("main", "knowledge", "analyzers", "index", "index-snapshot", "ready", "first-answer", "heap",
                "direct"),
                List.copyOf(start.keySet()));
        assertEquals(12_000, start.get("knowledge"));
        assertEquals(345_000, start.get("analyzers"));
        assertEquals(67_000, start.get("index"));
        assertEquals(0, start.get("index-snapshot"));
        assertTrue(start.get("main") <= start.get("ready"), lines.get(0));
        assertTrue(start.get("heap") > 0, lines.get(0));
        Map<String, Long> memory = StartupProbe.parse(lines.get(1));
        assertTrue(lines.get(1).startsWith("probe-memory "), lines.get(1));
        assertEquals(40, memory.get("questions"));
        assertEquals(41, answerer.calls.get(), "one first answer, then the forty questions");
    }

    @Test
    void aLineThatIsNotAProbeLineIsRefusedQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StartupProbe.parse("probe-start main=12 oops"));
        assertEquals("not a probe line: 'probe-start main=12 oops' (word 'oops')", e.getMessage());
    }
}
