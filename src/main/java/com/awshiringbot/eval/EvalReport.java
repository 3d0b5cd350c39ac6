package com.awshiringbot.eval;

import java.util.List;
import java.util.Optional;

/**
 * Everything one evaluation run measured.
 *
 * @param set the labelled set file or folder
 * @param parts the figures per part, in report order
 * @param variants the figures on generated variants of the in-scope questions, or null when not run
 * @param leaveOneOut the leave-one-out figures, or null when not run
 * @param curves the threshold curves on the tuning part (empty when no bar can be moved or there is no tuning part)
 * @param warnings the labelled set's warnings
 */
public record EvalReport(
        String set,
        List<PartFigures> parts,
        VariantFigures variants,
        LeaveOneOutFigures leaveOneOut,
        List<Curve> curves,
        List<String> warnings) {

    public EvalReport {
        parts = List.copyOf(parts);
        curves = List.copyOf(curves);
        warnings = List.copyOf(warnings);
    }

    /** The figures of one part, if the set has it. */
    public Optional<PartFigures> part(String name) {
        return parts.stream().filter(p -> p.part().equals(name)).findFirst();
    }
}
