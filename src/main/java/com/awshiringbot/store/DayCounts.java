package com.awshiringbot.store;

import java.time.LocalDate;

/**
 * How the questions of one day (UTC) went.
 *
 * @param day the day
 * @param answered questions answered outright
 * @param didYouMean questions answered with choices
 * @param dontKnow questions the knowledge does not cover
 */
public record DayCounts(LocalDate day, int answered, int didYouMean, int dontKnow) {
    public int total() {
        return answered + didYouMean + dontKnow;
    }
}
