package com.awshiringbot.retrieval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names in {@code knowledge/not-covered.txt} of what the knowledge leaves out on purpose (other companies, and
 * topics such as pay or certifications): a question naming one is about that, not about an entry that never mentions
 * it, however many of its other words the entry has ("google interview process rounds" is not a question for the
 * hiring-process entry, nor "aws 신입 연봉" one for the new-hire training entry). An entry that does
 * mention the name in its questions or answer (GCP나 구글 클라우드만 써봤어요) is judged as usual. Each name is analysed
 * like a question, so the analysis decides what "naming" it means (particles and case do not matter). Immutable and
 * thread-safe.
 */
final class NotCovered {
    /** Per field, each name's terms. */
    private final Map<Field, List<Set<String>>> names;

    private NotCovered(Map<Field, List<Set<String>>> names) {
        this.names = names;
    }

    /** The names {@code names}, each analysed by {@code analyzers} as a question would be. */
    static NotCovered of(List<String> names, Analyzers analyzers) {
        Map<Field, List<Set<String>>> terms = new EnumMap<>(Field.class);
        for (Field field : List.of(Field.KOREAN, Field.ENGLISH)) {
            List<Set<String>> fieldTerms = new ArrayList<>();
            for (String name : names) {
                Set<String> nameTerms = new HashSet<>();
                for (Token token : analyzers.tokens(field, TextNormalizer.normalize(name))) {
                    if (!token.synonym()) {
                        nameTerms.add(token.term());
                    }
                }
                if (!nameTerms.isEmpty()) {
                    fieldTerms.add(Set.copyOf(nameTerms));
                }
            }
            terms.put(field, List.copyOf(fieldTerms));
        }
        return new NotCovered(terms);
    }

    /** Every term of every name, as analysed for {@code field}. */
    Set<String> terms(Field field) {
        Set<String> terms = new HashSet<>();
        names.getOrDefault(field, List.of()).forEach(terms::addAll);
        return terms;
    }

    /** The names among {@code tokens} (a question analysed for {@code field}), each as its terms; usually none. */
    List<Set<String>> named(Field field, List<Token> tokens) {
        List<Set<String>> all = names.getOrDefault(field, List.of());
        if (all.isEmpty()) {
            return List.of();
        }
        Set<String> typed = new HashSet<>();
        for (Token token : tokens) {
            if (!token.synonym()) {
                typed.add(token.term());
            }
        }
        List<Set<String>> named = new ArrayList<>(1);
        for (Set<String> name : all) {
            if (typed.containsAll(name)) {
                named.add(name);
            }
        }
        return named;
    }
}
