package com.awshiringbot.retrieval;

import java.util.Set;

/**
 * Words that many questions carry without naming their topic — fillers of asking (궁금, 가능, 얘기, 설명) and light
 * English verbs (happen, talk, include) — as the analysis chains leave them (Nori stems, Porter stems). They still
 * match, but weigh like a verb in the coverage, so that "무슨 세션이 있는지 궁금해요" is not covered by an entry only
 * because it also says 궁금; and a question made of nothing else is never answered (see {@link Coverage}).
 */
final class WeakWords {
    private static final Set<String> KOREAN = Set.of(
            "궁금", "가능", "정도", "관련", "경우", "혹시", "부분", "내용", "얘기", "이야기", "설명", "진짜", "정말",
            "제일", "가장", "주로", "무엇", "어떡", "어떻", "얼마", "얼마나", "알리", "좀", "자세", "요즘",
            "못", "안", "왜",
            // nouns that never name a topic on their own (이름이 뭐야, 회사?)
            "이름", "회사");
    private static final Set<String> ENGLISH = Set.of(
            "happen", "talk", "care", "act", "includ", "goe", "go", "take", "make", "sai", "us", "need", "thing",
            "lot", "explain", "part", "point", "wai", "realli", "actual", "kind", "someth", "mean", "work", "look",
            "why",
            "ok", "okai", "okay", "name", "compani",
            // everyday English the knowledge never needs: unknown, they would weigh like a topic it does not cover
            "still", "onli", "ever", "never", "anyon", "anybodi", "someon", "everyon", "everybodi", "els", "also",
            "too", "veri", "more", "most", "everi", "each", "same", "here", "now", "even", "again",
            "alreadi", "yet", "abl", "perfect", "worth", "overal", "usual", "typic", "exactli", "probabl", "possibl",
            "sure", "feel", "seem", "pretti", "quit", "bit", "stuff", "enough",
            // pronouns, prepositions and sentence adverbs (as Porter leaves them) past Lucene's stop list
            "our", "ourselv", "your", "he", "him", "hi", "himself", "she", "her", "herself", "them", "their",
            "themselv", "those", "do", "want", "not", "ought", "cannot", "against", "between", "dure", "abov", "below",
            "off", "further", "onc", "both", "few", "nor", "besid", "simpli", "plain", "anywai", "mayb", "perhap",
            "kinda", "sorta", "gonna", "wanna", "especi", "liter", "serious", "honestli", "definit", "absolut",
            "certainli", "somewhat", "everyth", "somewher", "anywher", "everywher", "whatev", "whoever", "howev",
            "although", "though", "unless", "whether", "either", "neither", "per", "via",
            "basic", "super", "main", "complet", "entir", "nearli", "almost", "ton", "sort", "truli", "alright",
            "gener");

    private WeakWords() {
    }

    static boolean contains(Field field, String term) {
        return switch (field) {
            case KOREAN -> KOREAN.contains(term) || ENGLISH.contains(term);
            case ENGLISH -> ENGLISH.contains(term);
            case BIGRAM -> false;
        };
    }
}
