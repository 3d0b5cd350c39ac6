package com.awshiringbot.cli;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import com.awshiringbot.knowledge.KnowledgeException;

/**
 * Builds the answering core from the settings (loading the knowledge named by {@code bot.knowledge-dir}). The jar
 * uses the real engine; tests pass a small fake so command tests need neither Lucene nor the shipped knowledge.
 */
@FunctionalInterface
public interface AnswererFactory {
    /** @throws KnowledgeException when the knowledge base is broken: start-up stops with exit code 2 */
    Answerer create(Settings settings) throws KnowledgeException;
}
