package com.awshiringbot.answer;

import com.awshiringbot.retrieval.AnalysisOptions;
import com.awshiringbot.retrieval.Analyzers;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Analysis chains built on a thread of their own while the caller does something else (parses the knowledge's
 * entries, reads the index snapshot): in a fresh JVM each of these takes most of a second, mostly waiting for its
 * classes and for Nori's dictionaries, so side by side they take the time of the longer.
 */
final class ChainsInTheMaking {
    private final String userDictionary;
    private final String synonyms;
    private final AnalysisOptions options;
    private final FutureTask<Analyzers> chains;
    private volatile long readyNanos;

    private ChainsInTheMaking(String userDictionary, String synonyms, AnalysisOptions options) {
        this.userDictionary = userDictionary;
        this.synonyms = synonyms;
        this.options = options;
        this.chains = new FutureTask<>(() -> {
            Analyzers analyzers = Analyzers.create(userDictionary, synonyms, options);
            readyNanos = System.nanoTime();
            return analyzers;
        });
    }

    /** Starts building the chains of a user dictionary and synonym rules (the texts of their files). */
    static ChainsInTheMaking start(String userDictionary, String synonyms, AnalysisOptions options) {
        ChainsInTheMaking making = new ChainsInTheMaking(userDictionary, synonyms, options);
        Thread thread = new Thread(making.chains, "analysis-chains");
        thread.setDaemon(true);
        thread.start();
        return making;
    }

    /** Whether these are the chains of exactly this user dictionary and these synonym rules. */
    boolean isFor(String userDictionary, String synonyms, AnalysisOptions options) {
        return this.userDictionary.equals(userDictionary) && this.synonyms.equals(synonyms)
                && this.options.equals(options);
    }

    /** The chains, once built, or what building them threw (an IllegalArgumentException for a bad dictionary). */
    Analyzers await() {
        try {
            return chains.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("building the analysis chains failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the analysis chains were built", e);
        }
    }

    /** When the chains were ready ({@link System#nanoTime}); 0 until then. */
    long readyNanos() {
        return readyNanos;
    }
}
