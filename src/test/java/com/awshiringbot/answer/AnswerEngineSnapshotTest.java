package com.awshiringbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.awshiringbot.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped knowledge loaded twice through one snapshot folder: built and saved, then read back. */
class AnswerEngineSnapshotTest {
    private static final List<String> QUESTIONS = List.of(
            "루프면접 머임", "면접 몇번 봐요", "How many interview rounds are there?", "AWS 연봉 얼마", "워라벨 어때요");

    @TempDir
    Path snapshots;

    @Test
    void aSecondStartReadsTheSnapshotTheFirstSavedAndAnswersAlike() throws Exception {
        Settings settings = Settings.withOverrides(Map.of("bot.index-snapshot-dir", snapshots.toString()));
        AnswerEngine first = AnswerEngine.load(settings);
        AnswerEngine second = AnswerEngine.load(settings);
        AnswerEngine withoutSnapshots = AnswerEngine.load(Settings.withOverrides(Map.of("bot.index-snapshot-dir", "")));

        assertFalse(first.timings().indexFromSnapshot());
        assertTrue(second.timings().indexFromSnapshot());
        assertFalse(withoutSnapshots.timings().indexFromSnapshot());
        for (String question : QUESTIONS) {
            Decision expected = withoutSnapshots.explain(question);
            assertEquals(expected, first.explain(question), question);
            assertEquals(expected, second.explain(question), question);
        }
    }
}
