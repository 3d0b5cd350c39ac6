package com.awshiringbot.cli;

import com.awshiringbot.config.Settings;
import com.awshiringbot.eval.AnswerEngines;
import com.awshiringbot.eval.EngineFactory;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.KnowledgeLoader;

/** The real knowledge loader and answering engine behind the commands. */
final class CoreWiring {

    /** The knowledge from {@code bot.knowledge-dir} and the answering engine with the {@code answer.*} bars. */
    static final EvalCommand.Core EVAL = new EvalCommand.Core() {
        @Override
        public KnowledgeBase knowledge(Settings settings) throws KnowledgeException {
            return KnowledgeLoader.load(settings.path("bot.knowledge-dir"));
        }

        @Override
        public EngineFactory answerers(Settings settings) {
            return AnswerEngines.from(settings);
        }
    };

    private CoreWiring() {
    }
}
