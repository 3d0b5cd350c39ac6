package com.awshiringbot.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the {@link Report} of the last days from the question and feedback stores. */
public final class ReportBuilder {
    /** How many groups of unanswered questions and disliked entries a report lists at most. */
    public static final int TOP = 20;

    private final QuestionStore questions;
    private final FeedbackStore feedback;
    private final Clock clock;

    public ReportBuilder(QuestionStore questions, FeedbackStore feedback, Clock clock) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The report of the last {@code days} UTC days, today (by the clock) included; later rows are left out.
     *
     * @param entryIds the entries of the knowledge served now, in knowledge order, to find those never hit
     */
    public Report build(int days, List<String> entryIds) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, but is " + days);
        }
        Objects.requireNonNull(entryIds, "entryIds");
        LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = to.minusDays(days - 1L);
        Instant since = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Report.QuestionGroup> groups = QuestionGrouper.group(questions.unanswered(since, until));
        List<Votes> disliked = feedback.votes(since, until).stream().filter(v -> v.unhelpful() > 0).limit(TOP).toList();
        Map<String, Integer> hits = questions.hits(since, until);
        List<String> neverHit = entryIds.stream().filter(id -> !hits.containsKey(id)).toList();
        return new Report(from, to, questions.countsByDay(since, until), groups.subList(0, Math.min(TOP, groups.size())),
                disliked, neverHit, entryIds.size());
    }
}
