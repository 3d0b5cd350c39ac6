package com.awshiringbot.eval;

import java.util.List;

/**
 * The result of {@link LeaveOneOut}.
 *
 * @param answered left-out questions answered with their own entry
 * @param retrieved left-out questions whose own entry came first, answered or as the first did-you-mean choice
 * @param rounds the index builds it took
 * @param misses the left-out questions not answered with their own entry: {@link Miss#got()} names the entry that
 *     took it, the choices offered, or don't-know
 */
public record LeaveOneOutFigures(Count answered, Count retrieved, int rounds, List<Miss> misses) {

    public LeaveOneOutFigures {
        misses = List.copyOf(misses);
    }

    /** The misses where another entry was answered instead: the overlapping entries to fix in the knowledge. */
    public List<Miss> stolen() {
        return misses.stream().filter(m -> m.gotId() != null).toList();
    }
}
