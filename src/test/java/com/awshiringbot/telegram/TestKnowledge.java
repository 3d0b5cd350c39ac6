package com.awshiringbot.telegram;

import com.awshiringbot.answer.AnswerEngine;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.KnowledgeLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Telegram tests' knowledge ({@code src/test/resources/telegram-knowledge}): three stages, a STAR tip, a culture
 * entry whose answer holds {@code <}, {@code >} and {@code &}, a Leadership Principle and eight FAQ entries, with
 * wording that stays put so tests can assert exact messages. Loaded once.
 */
final class TestKnowledge {

    private static KnowledgeBase base;
    private static AnswerEngine engine;

    private TestKnowledge() {
    }

    static Path folder() {
        try {
            return Path.of(TestKnowledge.class.getResource("/telegram-knowledge").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized KnowledgeBase base() {
        if (base == null) {
            try {
                base = KnowledgeLoader.load(folder());
            } catch (KnowledgeException e) {
                throw new IllegalStateException("The test knowledge is broken: " + e.problems(), e);
            }
        }
        return base;
    }

    /** The real core over the test knowledge. */
    static synchronized AnswerEngine engine() {
        if (engine == null) {
            try {
                engine = AnswerEngine.load(Settings.withOverrides(Map.of("bot.knowledge-dir", folder().toString())));
            } catch (KnowledgeException e) {
                throw new IllegalStateException("The test knowledge is broken: " + e.problems(), e);
            }
        }
        return engine;
    }
}
