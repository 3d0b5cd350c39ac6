package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.RuleLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Everyday English words that are not mainly nouns ({@code common-english-words.txt}, derived from WordNet's
 * sense-tagged counts): when the knowledge never uses one, it tells how a question is put ("I was wondering whether
 * it'd be fair to say"), not what it asks about, so {@link QuestionIndex} weighs it like a verb instead of like a
 * topic the knowledge lacks. Wordy English questions lost most of their coverage to such words. A noun the knowledge
 * never uses (salary, parking, status) keeps the highest weight: it is what makes a question out of scope.
 */
final class CommonEnglishWords {
    static final String RESOURCE = "common-english-words.txt";

    private CommonEnglishWords() {
    }

    /** The shipped words, as written (comment and blank lines left out). */
    static List<String> shipped() {
        try (InputStream in = CommonEnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the class path");
            }
            return RuleLine.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream()
                    .map(RuleLine::text)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /**
     * The terms the English field makes of {@code words} in a question: its index-side chain, the question's without
     * the synonyms, which take most of the time (30-60 ms of start-up).
     */
    static Set<String> terms(Analyzers analyzers, List<String> words) {
        return Set.copyOf(analyzers.indexTerms(Field.ENGLISH, TextNormalizer.normalize(String.join("\n", words))));
    }
}
