package com.awshiringbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.awshiringbot.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void theBarsAreReadFromTheSettings() {
        Thresholds thresholds = Thresholds.from(Settings.withOverrides(Map.ofEntries(
                Map.entry("answer.min-confidence", "0.8"), Map.entry("answer.suggest-confidence", "0.4"),
                Map.entry("answer.min-margin", "0.1"), Map.entry("answer.bigram-weight", "0.25"),
                Map.entry("answer.score-weight", "0.5"), Map.entry("answer.max-choices", "2"),
                Map.entry("answer.rival-tolerance", "0.05"), Map.entry("answer.far-ahead.min-confidence", "0.45"),
                Map.entry("answer.far-ahead.min-self-ratio", "0.6"), Map.entry("answer.far-ahead.min-lead", "0.3"),
                Map.entry("answer.min-wording-lead", "0.35"),
                Map.entry("answer.asked-sentence.min-confidence", "0.75"))));
        assertEquals(new Thresholds(0.8, 0.4, 0.1, 0.25, 0.5, 2, 0.05, new FarAhead(0.45, 0.6, 0.3), 0.35, 0.75),
                thresholds);
    }

    @Test
    void aCloseRaceIsAnsweredWhenOnlyTheSecondsClosestQuestionSaysMoreThanWasAsked() {
        Thresholds thresholds = new Thresholds(0.6, 0.4, 0.07, 0.3, 0.5, 3, 0.075, FarAhead.NONE, 0.4);
        assertEquals(Outcome.ANSWER, thresholds.decide(0.6, 0.0, 0.01, 0.4, -1));
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.6, 0.0, 0.01, 0.39, -1), "the wordings differ less");
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.59, 0.0, 0.01, 1.0, -1), "under the answer bar");
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.6, 0.0, 0.01, 1.0, 0.1), "a rival covers more of it");
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.6, 0.0, 0.01, -1), "without it, the margin decides");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> thresholds.withWordingLead(0));
        assertEquals("wordingLead must be above 0, got 0.0", e.getMessage());
    }

    @Test
    void anEntryFarAheadIsAnsweredBelowTheAnswerBarWhenItsClosestQuestionMatchesLikeItsTitle() {
        Thresholds thresholds = new Thresholds(0.6, 0.4, 0.07, 0.3, 0.5, 3, 0.075, new FarAhead(0.5, 0.4, 0.25));
        assertEquals(Outcome.ANSWER, thresholds.decide(0.5, 0.4, 0.25, -1));
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.49, 0.9, 1.0, -1), "confidence under its bar");
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.55, 0.39, 1.0, -1), "a match on a minor word");
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.55, 0.9, 0.24, -1), "not far enough ahead");
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.55, 0.9, 1.0, 0.1), "a rival covers more of it");
        assertEquals(Outcome.ANSWER, thresholds.decide(0.6, 0.0, 0.07, -1), "the first way needs no self ratio");
    }

    @Test
    void withoutTheSecondWayOnlyTheAnswerBarAnswers() {
        Thresholds thresholds = new Thresholds(0.6, 0.4, 0.07, 0.3, 0.5, 3, 0.075);
        assertEquals(FarAhead.NONE, thresholds.farAhead());
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.59, 1.0, 1.0, -1));
    }

    @Test
    void theSecondWaysBarsAreCheckedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FarAhead(1.2, 0.4, 0.2));
        assertEquals("farAhead.confidence must be between 0 and 1, got 1.2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FarAhead(0.5, -0.1, 0.2));
        assertEquals("farAhead.selfRatio must be at least 0, got -0.1", e.getMessage());
    }

    @Test
    void theDecisionComparesConfidenceAndLeadWithTheBars() {
        Thresholds thresholds = new Thresholds(0.8, 0.4, 0.1, 0.25, 0.3, 3);
        assertEquals(Outcome.ANSWER, thresholds.decide(0.8, 0.1));
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.8, 0.09));
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.4, 1.0));
        assertEquals(Outcome.DONT_KNOW, thresholds.decide(0.39, 1.0));
    }

    @Test
    void anotherEntryThatCoversClearlyMoreOfTheQuestionTurnsAnAnswerIntoAQuestion() {
        Thresholds thresholds = new Thresholds(0.6, 0.4, 0.07, 0.3, 0.5, 3, 0.02);
        assertEquals(Outcome.ANSWER, thresholds.decide(0.7, 0.2, -0.3));
        assertEquals(Outcome.ANSWER, thresholds.decide(0.7, 0.2, 0.02));
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.7, 0.2, 0.05));
        assertEquals(Outcome.DID_YOU_MEAN, thresholds.decide(0.7, 0.2, 0.3));
    }

    @Test
    void barsOutOfRangeAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(1.5, 0.4, 0.1, 0.3, 0.3, 3));
        assertEquals("answer must be between 0 and 1, got 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Thresholds(0.5, 0.6, 0.1, 0.3, 0.3, 3));
        assertEquals("suggest (0.6) must not exceed answer (0.5)", e.getMessage());
    }

    @Test
    void aMisspelledNumberInTheSettingsNamesTheKey() {
        Settings settings = Settings.withOverrides(Map.of("answer.min-confidence", "high"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> Thresholds.from(settings));
        assertEquals(true, e.getMessage().contains("answer.min-confidence"), e.getMessage());
    }
}
