package com.awshiringbot.retrieval;

/**
 * How a question's terms are weighted in the query; set by measurement on the tuning questions.
 *
 * @param koreanBoost weight of the Nori morpheme field
 * @param bigramBoost weight of the Hangul bigram field
 * @param englishBoost weight of the English field
 * @param synonymBoost weight of a term added by a synonym rule, relative to a typed term
 * @param maxChars how much of a question is analysed; the rest is ignored
 */
public record SearchOptions(float koreanBoost, float bigramBoost, float englishBoost, float synonymBoost, int maxChars) {

    /** The measured choice. */
    public static SearchOptions defaults() {
        return new SearchOptions(1.0f, 0.5f, 1.0f, 0.8f, 500);
    }

    float boost(Field field) {
        return switch (field) {
            case KOREAN -> koreanBoost;
            case BIGRAM -> bigramBoost;
            case ENGLISH -> englishBoost;
        };
    }
}
