package com.awshiringbot.retrieval;

/** The indexed text fields, each with its own analysis chain. */
public enum Field {
    /** Korean morphemes (Nori). */
    KOREAN("ko"),
    /** Korean character bigrams, robust to spacing and spelling. */
    BIGRAM("ko_bigram"),
    /** English words, stemmed. */
    ENGLISH("en");

    private final String fieldName;

    Field(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The Lucene field name. */
    public String fieldName() {
        return fieldName;
    }
}
