package com.awshiringbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge shipped in {@code knowledge/}: it validates, every entry is complete in both languages, and the
 * coverage the issue asks for is there. Skipped only while the folder has no entry files yet.
 */
class ShippedKnowledgeTest {
    private static final Path SHIPPED = Path.of("knowledge");
    private static final List<String> REQUIRED_IDS = List.of("hiring-process", "technical-screen", "manager-interview",
            "recruiter-call", "loop-interview", "star-method", "leadership-principles", "be-yourself", "loop-nda",
            "event-overview", "role-enterprise-support", "role-technical-account-manager", "role-solutions-architect",
            "role-technical-trainer", "role-professional-services", "work-life-balance", "english-requirement",
            "run-ambicurious", "internal-transfer", "about-bot", "bot-limits");

    /** Amazon's 16 Leadership Principles, one entry each, named after the principle. */
    private static final List<String> PRINCIPLES = List.of("lp-customer-obsession", "lp-ownership",
            "lp-invent-and-simplify", "lp-are-right-a-lot", "lp-learn-and-be-curious", "lp-hire-and-develop-the-best",
            "lp-insist-on-the-highest-standards", "lp-think-big", "lp-bias-for-action", "lp-frugality", "lp-earn-trust",
            "lp-dive-deep", "lp-have-backbone-disagree-and-commit", "lp-deliver-results",
            "lp-strive-to-be-earths-best-employer", "lp-success-and-scale-bring-broad-responsibility");

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws KnowledgeException, IOException {
        assumeTrue(hasEntryFiles(), "knowledge/entries has no entry files yet");
        kb = KnowledgeLoader.load(SHIPPED);
    }

    @Test
    void everyEntryHasKoreanAndEnglishQuestionsAndAnswersAndASource() {
        List<String> incomplete = new ArrayList<>();
        for (Entry entry : kb.entries()) {
            if (entry.questions().ko().isEmpty() || entry.questions().en().isEmpty()
                    || entry.answer().ko().isBlank() || entry.answer().en().isBlank()
                    || entry.citation().post() == null || entry.citation().section() == null
                    || kb.source(entry.citation().post()).isEmpty()) {
                incomplete.add(entry.id());
            }
        }
        assertEquals(List.of(), incomplete);
    }

    @Test
    void theRequiredTopicsAreCovered() {
        List<String> missing = REQUIRED_IDS.stream().filter(id -> kb.entry(id).isEmpty()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void eachOfTheSixteenLeadershipPrinciplesHasAnEntry() {
        List<String> lpEntries = kb.entries().stream()
                .map(Entry::id)
                .filter(id -> id.startsWith("lp-") && !id.equals("lp-list"))
                .toList();
        assertTrue(lpEntries.size() >= 16, "lp- entries: " + lpEntries);
        List<String> missing = PRINCIPLES.stream().filter(id -> kb.entry(id).isEmpty()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theHiringStagesAreInOrder() {
        List<String> stages = kb.stages().stream().map(Entry::id).toList();
        assertFalse(stages.isEmpty());
        assertTrue(stages.indexOf("technical-screen") < stages.indexOf("manager-interview")
                && stages.indexOf("manager-interview") < stages.indexOf("loop-interview"), "stages: " + stages);
    }

    private static boolean hasEntryFiles() throws IOException {
        Path entries = SHIPPED.resolve("entries");
        if (!Files.isDirectory(entries)) {
            return false;
        }
        try (Stream<Path> files = Files.list(entries)) {
            return files.anyMatch(f -> f.toString().endsWith(".yaml"));
        }
    }
}
