package com.awshiringbot.knowledge;

/**
 * A post or public page that entries cite, as listed in {@code sources.yaml}.
 *
 * @param date ISO date, or null when unknown
 * @param link URL, or null when the source has none
 */
public record Source(String id, String title, String description, String date, String link) {
}
