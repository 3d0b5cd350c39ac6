package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Language;
import com.awshiringbot.retrieval.Candidate;
import java.util.List;

/**
 * Why the core replied as it did: the candidates the index found with their features, ranked under the engine's
 * thresholds, and the outcome. {@code eval} re-decides the same question under other bars with {@link #outcomeUnder}
 * to print the threshold curve without searching again.
 *
 * @param language the question's language
 * @param found the entries the index found, in BM25 order (empty when nothing matched)
 * @param ranked the same entries ranked under the engine's thresholds, best first
 * @param outcome the outcome under the engine's thresholds
 * @param confirmed the entry the sentence model found nearest in meaning, when it was asked and near enough
 *     ({@link SemanticCheck}); null otherwise. A "did you mean" or "don't know" whose best entry it is becomes an
 *     answer.
 * @param withdrawn whether the sentence model found the question far nearer in meaning to one the knowledge does not
 *     answer than to the questions of the entry the words chose ({@link SemanticCheck}): an answer becomes a "don't
 *     know"
 */
public record Decision(String question, Language language, List<Candidate> found, List<Ranked> ranked,
        Outcome outcome, String confirmed, boolean withdrawn) {

    public Decision {
        found = List.copyOf(found);
        ranked = List.copyOf(ranked);
    }

    /** A decision the sentence model was not asked about. */
    public Decision(String question, Language language, List<Candidate> found, List<Ranked> ranked,
            Outcome outcome) {
        this(question, language, found, ranked, outcome, null, false);
    }

    /** Decides {@code question} from the entries {@code found} under {@code thresholds}. */
    static Decision of(String question, Language language, List<Candidate> found, Thresholds thresholds) {
        return of(question, language, found, thresholds, null, false);
    }

    private static Decision of(String question, Language language, List<Candidate> found, Thresholds thresholds,
            String confirmed, boolean withdrawn) {
        List<Ranked> ranked = Ranked.order(found, language, thresholds);
        Decision decided = new Decision(question, language, found, ranked, outcome(ranked, thresholds))
                .confirmedBy(confirmed);
        return withdrawn ? decided.withdraw() : decided;
    }

    /**
     * This decision with the entry the sentence model confirms (null: as it is): a "did you mean" or "don't know" whose
     * best entry it is becomes an answer.
     */
    Decision confirmedBy(String entryId) {
        if (entryId == null) {
            return this;
        }
        return new Decision(question, language, found, ranked,
                outcome != Outcome.ANSWER && entryId.equals(bestId()) ? Outcome.ANSWER : outcome, entryId, withdrawn);
    }

    /** This decision after the sentence model withdrew its answer: an answer becomes a "don't know". */
    Decision withdraw() {
        return new Decision(question, language, found, ranked, outcome == Outcome.ANSWER ? Outcome.DONT_KNOW : outcome,
                confirmed, true);
    }

    private static Outcome outcome(List<Ranked> ranked, Thresholds thresholds) {
        return ranked.isEmpty() ? Outcome.DONT_KNOW
                : thresholds.decide(ranked.get(0).confidence(), ranked.get(0).candidate().selfRatio(), lead(ranked),
                        askedLead(ranked), rivalExcess(ranked));
    }

    /** How far the best entry's {@link Candidate#askedShare} exceeds the second's; 0 when alone. */
    private static double askedLead(List<Ranked> ranked) {
        return ranked.size() < 2 ? 0
                : ranked.get(0).candidate().askedShare() - ranked.get(1).candidate().askedShare();
    }

    /** How far the most confident of the other entries exceeds the best-ranked one's confidence; -1 when alone. */
    private static double rivalExcess(List<Ranked> ranked) {
        double best = ranked.get(0).confidence();
        return ranked.stream().skip(1).mapToDouble(r -> r.confidence() - best).max().orElse(-1);
    }

    private static double lead(List<Ranked> ranked) {
        if (ranked.isEmpty()) {
            return 0;
        }
        return ranked.size() == 1 ? 1 : ranked.get(0).rank() - ranked.get(1).rank();
    }

    /** The ranked candidates' entries, best first. */
    public List<Candidate> candidates() {
        return ranked.stream().map(Ranked::candidate).toList();
    }

    /** The best entry's id, or null. */
    public String bestId() {
        return ranked.isEmpty() ? null : ranked.get(0).candidate().entry().id();
    }

    /** The second entry's id, or null. */
    public String secondId() {
        return ranked.size() < 2 ? null : ranked.get(1).candidate().entry().id();
    }

    /** The best entry's confidence; 0 when none. */
    public double confidence() {
        return ranked.isEmpty() ? 0 : ranked.get(0).confidence();
    }

    /** How far the best entry's rank is ahead of the second's; 1 when alone, 0 when none. */
    public double lead() {
        return lead(ranked);
    }

    /** This question decided under other thresholds. */
    public Decision under(Thresholds thresholds) {
        return of(question, language, found, thresholds, confirmed, withdrawn);
    }

    /** The outcome this question would get under other thresholds. */
    public Outcome outcomeUnder(Thresholds thresholds) {
        return under(thresholds).outcome();
    }
}
