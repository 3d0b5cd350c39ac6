package com.awshiringbot.retrieval;

import com.awshiringbot.knowledge.Language;

/**
 * How a question's terms are weighted in the query and in the coverage measure; set by measurement on the tuning
 * questions.
 *
 * @param koreanBoost weight of the Nori morpheme field for a Korean question
 * @param bigramBoost weight of the Hangul bigram field for a Korean question
 * @param crossBoost weight of the other language's field (English words in a Korean question, Korean paraphrases
 *     that hold English terms such as "Bias for Action 뜻" for an English question)
 * @param synonymBoost weight of a term added by a synonym rule, relative to a typed term
 * @param verbWeight weight in the coverage of a verb or adjective stem, relative to a noun of the same rarity
 * @param answerCredit the credit, relative to a term found in the entry's questions, for a question term found only
 *     in the entry's answer
 * @param minWeight the least total weight a question's terms count for in the coverage, so that a question of one
 *     common verb (뭐해?) is not fully covered by any entry that has it
 * @param maxChars how much of a question is analysed; the rest is ignored
 */
public record SearchOptions(
        float koreanBoost,
        float bigramBoost,
        float crossBoost,
        float synonymBoost,
        double verbWeight,
        double answerCredit,
        double minWeight,
        int maxChars) {

    /** The measured choice. */
    public static SearchOptions defaults() {
        return new SearchOptions(1.0f, 0.5f, 0.3f, 0.8f, 0.3, 0.5, 3.0, 500);
    }

    float boost(Field field, Language language) {
        if (language == Language.EN) {
            return switch (field) {
                case ENGLISH -> 1.0f;
                case KOREAN -> crossBoost;
                case BIGRAM -> 0f;
            };
        }
        return switch (field) {
            case KOREAN -> koreanBoost;
            case BIGRAM -> bigramBoost;
            case ENGLISH -> crossBoost;
        };
    }

    public SearchOptions withBoosts(float korean, float bigram, float cross, float synonym) {
        return new SearchOptions(korean, bigram, cross, synonym, verbWeight, answerCredit, minWeight, maxChars);
    }

    public SearchOptions withCoverage(double verb, double answer, double min) {
        return new SearchOptions(koreanBoost, bigramBoost, crossBoost, synonymBoost, verb, answer, min, maxChars);
    }
}
