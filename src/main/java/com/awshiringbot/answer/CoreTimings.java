package com.awshiringbot.answer;

import java.time.Duration;

/**
 * How long each start-up step of the core took, for the benchmark.
 *
 * @param knowledgeLoad reading and validating the knowledge files (zero when the knowledge was given in memory)
 * @param analyzerSetup building the analysis chains, Nori's dictionary included
 * @param indexBuild indexing the questions and measuring each entry's own score
 */
public record CoreTimings(Duration knowledgeLoad, Duration analyzerSetup, Duration indexBuild) {

    public Duration total() {
        return knowledgeLoad.plus(analyzerSetup).plus(indexBuild);
    }

    CoreTimings withKnowledgeLoad(Duration load) {
        return new CoreTimings(load, analyzerSetup, indexBuild);
    }
}
