package com.awshiringbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String FIXTURES = "src/test/resources/knowledge-fixtures/";

    @Test
    void soundKnowledgePrintsTheCountsAndExitsZero() {
        Run run = Run.of(Map.of(), "validate", FIXTURES + "valid");

        assertEquals(0, run.exitCode());
        assertEquals(List.of("OK: 3 entries, 2 sources",
                "warning: synonyms.txt line 2: '워라벨' is read as '벨' alone, so its group applies to every '벨'; "
                        + "add '워라벨' to userdict.txt to keep it whole"), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void aSynonymWordKeptWholeByTheUserDictionaryIsNoLongerReported(@TempDir Path knowledge) throws IOException {
        Path valid = Path.of(FIXTURES + "valid");
        try (var files = Files.walk(valid)) {
            for (Path file : files.toList()) {
                Path copy = knowledge.resolve(valid.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Files.writeString(knowledge.resolve("userdict.txt"), "워라밸\n워라벨\n", StandardCharsets.UTF_8);

        Run run = Run.of(Map.of(), "validate", knowledge.toString());

        assertEquals(0, run.exitCode());
        assertEquals(List.of("OK: 3 entries, 2 sources"), run.outLines());
    }

    @Test
    void brokenKnowledgePrintsEveryProblemOnStandardErrorAndExitsTwo() {
        Run run = Run.of(Map.of(), "validate", FIXTURES + "unknown-related");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        String file = FIXTURES + "unknown-related/entries/a.yaml:16: entry 'loop-interview': ";
        assertEquals(List.of(
                file + "related id 'star-method' does not exist",
                file + "related id 'loop-interview' is the entry itself",
                "2 problems in the knowledge base; fix them and run 'validate' again."), run.errLines());
    }

    @Test
    void theFolderDefaultsToTheKnowledgeDirSetting() {
        Run run = Run.of(Map.of("BOT_KNOWLEDGE_DIR", FIXTURES + "empty-answer"), "validate");

        assertEquals(2, run.exitCode());
        assertEquals(List.of(
                FIXTURES + "empty-answer/entries/a.yaml:11: entry 'loop-interview': field 'answer.en' is empty",
                "1 problem in the knowledge base; fix them and run 'validate' again."), run.errLines());
    }

    @Test
    void aSecondFolderIsBadUsage() {
        Run run = Run.of(Map.of(), "validate", "a", "b");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unmatched argument at index 2: 'b'"), run.err());
    }

    @Test
    void theStaticRunWritesToTheGivenWriters() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", FIXTURES + "valid");

        assertEquals(0, code);
        assertEquals("OK: 3 entries, 2 sources", out.toString().lines().findFirst().orElseThrow());
        assertEquals("", err.toString());
    }

    @Test
    void helpListsTheValidateCommand() {
        Run run = Run.of(Map.of(), "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("  validate  Checks the knowledge base"), run.out());
    }
}
