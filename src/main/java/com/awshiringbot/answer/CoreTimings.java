package com.awshiringbot.answer;

import java.time.Duration;

/**
 * How long each start-up step of the core took, for the benchmark.
 *
 * @param knowledgeLoad reading and validating the knowledge files (zero when the knowledge was given in memory)
 * @param analyzerSetup building the analysis chains, Nori's dictionary included. The chains are built on a thread of
 *     their own from when the user dictionary and synonym files are read, while the entries are parsed and the
 *     snapshot is read; the steps are timed on the critical path, so that they still add up: this is from the end of
 *     the knowledge load until the chains are ready
 * @param indexBuild indexing the questions, or reading the index from its snapshot when {@code indexFromSnapshot}
 *     (then only what is left of it once the chains are ready)
 * @param indexFromSnapshot whether the index was read from a snapshot saved by an earlier start rather than built
 */
public record CoreTimings(Duration knowledgeLoad, Duration analyzerSetup, Duration indexBuild,
        boolean indexFromSnapshot) {

    public Duration total() {
        return knowledgeLoad.plus(analyzerSetup).plus(indexBuild);
    }
}
