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
     * @param indexBuild building the in-memory index, or reading it from a snapshot
     * @param indexFromSnapshot whether the index was read from a snapshot an earlier start saved
     */
    record Started(Answerer answerer, Duration knowledgeLoad, Duration analyzerSetup, Duration indexBuild,
            boolean indexFromSnapshot) {

        /** A core whose index was built. */
        public Started(Answerer answerer, Duration knowledgeLoad, Duration analyzerSetup, Duration indexBuild) {
            this(answerer, knowledgeLoad, analyzerSetup, indexBuild, false);
        }
    }

    /** Loads the knowledge named by the settings and builds the core over it. */
    Started start(Settings settings) throws Exception;
}
