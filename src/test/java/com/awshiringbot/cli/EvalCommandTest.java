package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.cli.BarAnswerer.Scripted;
import com.awshiringbot.config.Settings;
import com.awshiringbot.eval.EngineFactory;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    private static final Map<String, Scripted> SCRIPT = Map.of(
            "루프면접 머임", new Scripted("loop-interview", 0.9),
            "루프면접머임", new Scripted("loop-interview", 0.8),
            "워라벨 어때", new Scripted("work-life-balance", 0.4),
            "What is the loop?", new Scripted("loop-interview", 0.6),
            "AWS 연봉 얼마야?", new Scripted("work-life-balance", 0.55),
            "쿠팡 면접은?", new Scripted("loop-interview", 0.35));

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeSet() throws Exception {
        write("knowledge/eval/tune/a.tsv", "루프면접 머임\tloop-interview\n워라벨 어때\twork-life-balance\n"
                + "AWS 연봉 얼마야?\t-\n쿠팡 면접은?\t-\n");
        write("knowledge/eval/heldout/a.tsv", "What is the loop?\tloop-interview\n쿠팡 면접은?\t-\n");
    }

    private void write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        EvalCommand.Core core = new EvalCommand.Core() {
            @Override
            public KnowledgeBase knowledge(Settings settings) {
                return BarAnswerer.KNOWLEDGE;
            }

            @Override
            public EngineFactory answerers(Settings settings) {
                return BarAnswerer.factory(SCRIPT);
            }
        };
        Settings settings = Settings.withOverrides(Map.of("bot.knowledge-dir", dir.resolve("knowledge").toString()));
        CommandLine command = new CommandLine(new EvalCommand(core, () -> settings));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void byDefaultItMeasuresBothPartsOfTheKnowledgesEvalFolder() {
        assertEquals(0, run("--no-leave-one-out"));

        String text = out.toString();
        String set = dir.resolve("knowledge/eval").toString();
        assertTrue(text.startsWith("Labelled set: " + set + " — tune 4 questions, heldout 2 questions\n\ntune (4 questions)\n"
                + "  Korean in-scope answered right             50.0 % (1/2)\n"
                + "  English in-scope answered right            - (0/0)\n"
                + "  out of scope refused                       50.0 % (1/2), 1 of them as did-you-mean\n"
                + "  wrong confident answers                    25.0 % (1/4)\n"
                + "  did-you-mean offering the expected entry   1\n"
                + "  misses (2):\n"
                + "    " + set + "/tune/a.tsv:2  \"워라벨 어때\"  expected work-life-balance  got did_you_mean [work-life-balance]  score 0.400\n"
                + "    " + set + "/tune/a.tsv:3  \"AWS 연봉 얼마야?\"  expected -  got work-life-balance  score 0.550\n"
                + "\nheldout (2 questions)\n"
                + "  Korean in-scope answered right             - (0/0)\n"
                + "  English in-scope answered right            100.0 % (1/1)\n"
                + "  out of scope refused                       100.0 % (1/1), 1 of them as did-you-mean\n"
                + "  wrong confident answers                    0.0 % (0/2)\n"
                + "  did-you-mean offering the expected entry   0\n"
                + "\nVariants of the in-scope questions: 12.5 % (1/8)\n"
                + "  spaces removed                             50.0 % (1/2)\n"), text);
        // The tuning part with the bar at each value: 0.4 still answers 워라벨 (0.4), 0.6 stops answering 연봉 (0.55).
        assertTrue(text.contains("Threshold curve of the 'answer' bar on the tuning part (configured 0.5)\n"
                + "       bar  in-scope right        wrong confident       out of scope refused  did-you-mean with the right entry\n"
                + "       0.3  100.0 % (2/2)         50.0 % (2/4)          0.0 % (0/2)           0\n"
                + "       0.4  100.0 % (2/2)         25.0 % (1/4)          50.0 % (1/2)          0\n"
                + "→      0.5  50.0 % (1/2)          25.0 % (1/4)          50.0 % (1/2)          1\n"
                + "       0.6  50.0 % (1/2)          0.0 % (0/4)           100.0 % (2/2)         1\n"
                + "       0.7  50.0 % (1/2)          0.0 % (0/4)           100.0 % (2/2)         1\n"), text);
        assertTrue(text.endsWith("Warnings (1):\n  " + set + "/heldout/a.tsv:2: '쿠팡 면접은?' is labelled again (first at "
                + set + "/tune/a.tsv:4)\n"), text);
        assertEquals("", err.toString());
    }

    @Test
    void jsonIsOneDocumentWithTheSameFigures() throws Exception {
        assertEquals(0, run("--json", "--no-leave-one-out", dir.resolve("knowledge/eval/heldout").toString()));

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(1, json.get("parts").size());
        JsonNode heldout = json.get("parts").get(0);
        assertEquals("heldout", heldout.get("part").asText());
        assertEquals(1, heldout.get("en_in_scope").get("hits").asInt());
        assertEquals(1.0, heldout.get("refusals").get("share").asDouble());
        assertEquals(0, heldout.get("misses").size());
        assertEquals(0, json.get("curves").size());
        assertTrue(json.get("leave_one_out").isNull());
        assertTrue(json.get("floors").isNull());
    }

    @Test
    void aMalformedSetFileExitsWithTwoNamingTheFileAndLine() throws Exception {
        write("bad.tsv", "좋은 질문\tloop-interview\n질문만 있음\n");

        assertEquals(2, run(dir.resolve("bad.tsv").toString()));

        assertEquals(dir.resolve("bad.tsv") + ":2: expected 'question<TAB>expected-id' (or '-' for out of scope), got '질문만 있음'\n",
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void floorsNextToTheSetAreCheckedAndReportedWithoutFailingTheCommand() throws Exception {
        write("knowledge/eval/floors.properties", "heldout.en.accuracy=0.9\ntune.ko.accuracy=0.8\ntune.wrong-confident.max=0.1\n");

        assertEquals(0, run("--no-leave-one-out"));

        assertTrue(out.toString().endsWith("Floors (" + dir.resolve("knowledge/eval/floors.properties") + "): 2 not met\n"
                + "  tune.ko.accuracy: 50.0 % (1/2) is below the floor 80.0 %\n"
                + "  tune.wrong-confident.max: 25.0 % (1/4) is above the ceiling 10.0 %\n"), out.toString());
    }

    @Test
    void anUnknownFloorExitsWithTwo() throws Exception {
        write("knowledge/eval/floors.properties", "heldout.kr.accuracy=0.9\n");

        assertEquals(2, run());

        assertEquals(dir.resolve("knowledge/eval/floors.properties") + ": unknown floor 'heldout.kr.accuracy'\n", err.toString());
    }
}
