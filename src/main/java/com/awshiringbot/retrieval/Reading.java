package com.awshiringbot.retrieval;

import java.util.List;
import java.util.function.Predicate;

/**
 * How well Nori reads a piece of Korean text, for the typo repairs to compare spellings: a misspelled or split word
 * falls apart into unknown morphemes or known scraps (메니저 → 메, 리쿠 르터 → 리쿠 + 르 + 터), where the right
 * spelling gives few whole, known ones.
 *
 * @param unknown morphemes the knowledge's questions never use
 * @param terms all morphemes kept by the Korean chain
 * @param kept their total length
 */
record Reading(int unknown, int terms, int kept) {

    /** Reads {@code text} with the Korean index chain; {@code known} says whether a morpheme is in the index. */
    static Reading of(Analyzers analyzers, Predicate<String> known, String text) {
        return of(analyzers.indexTerms(Field.KOREAN, text), known);
    }

    /** The reading of {@code morphemes}, as the Korean index chain kept them. */
    static Reading of(List<String> morphemes, Predicate<String> known) {
        int unknown = (int) morphemes.stream().filter(known.negate()).count();
        int kept = morphemes.stream().mapToInt(String::length).sum();
        return new Reading(unknown, morphemes.size(), kept);
    }

    /** Two pieces read one after the other. */
    Reading plus(Reading other) {
        return new Reading(unknown + other.unknown, terms + other.terms, kept + other.kept);
    }
}
