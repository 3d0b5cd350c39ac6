package com.awshiringbot.bench;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.config.Settings;
import java.time.Duration;

/** Starts the answering core the way the bot does, and says how long each step took. */
@FunctionalInterface
public interface CoreStarter {

    /**
     * A started core and its start-up steps.
     *
     * @param knowledgeLoad reading and validating the knowledge files
     * @param analyzerSetup building the analysis chains, Nori's dictionaries included
     * @param indexBuild building the in-memory index
     */
    record Started(Answerer answerer, Duration knowledgeLoad, Duration analyzerSetup, Duration indexBuild) {
    }

    /** Loads the knowledge named by the settings and builds the core over it. */
    Started start(Settings settings) throws Exception;
}
