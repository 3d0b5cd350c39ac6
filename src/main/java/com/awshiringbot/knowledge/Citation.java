package com.awshiringbot.knowledge;

/**
 * Where an entry comes from: a source id from {@code sources.yaml}, the section of that source, and optionally a
 * link the source gives.
 */
public record Citation(String post, String section, String link) {
}
