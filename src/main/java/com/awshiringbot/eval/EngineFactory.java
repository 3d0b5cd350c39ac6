package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.knowledge.KnowledgeBase;
import java.util.List;

/**
 * What the evaluation needs from the answering core: answerers over a knowledge base (one per leave-one-out round),
 * and the confidence bars it can move to draw the threshold curve.
 */
public interface EngineFactory {

    /** An answerer over {@code knowledge} with the configured bars. */
    Answerer create(KnowledgeBase knowledge);

    /** The bars the curve sweeps, each with its configured value; empty when none can be moved. */
    default List<Bar> bars() {
        return List.of();
    }

    /**
     * {@code answerer} (made by {@link #create}) with one bar moved to {@code value} and every other bar as configured.
     * Implementations should share the index rather than rebuild it.
     */
    default Answerer withBar(Answerer answerer, String bar, double value) {
        throw new UnsupportedOperationException("no bar '" + bar + "' can be moved");
    }

    /**
     * A confidence bar of the answerer.
     *
     * @param name the bar's name, e.g. {@code answer} or {@code did-you-mean}
     * @param configured the value in the configuration
     * @param values the values the curve tries, ascending
     */
    record Bar(String name, double configured, List<Double> values) {
        public Bar {
            values = List.copyOf(values);
        }

        /** The steps from {@code from} to {@code to} and the configured value itself, ascending. */
        public static List<Double> around(double configured, double from, double to, double step) {
            java.util.TreeSet<Double> values = new java.util.TreeSet<>(steps(from, to, step));
            values.add(configured);
            return List.copyOf(values);
        }

        /** {@code from}, {@code from + step}, … up to {@code to} (inclusive, rounded to the step). */
        public static List<Double> steps(double from, double to, double step) {
            int count = (int) Math.round((to - from) / step);
            return java.util.stream.IntStream.rangeClosed(0, count)
                    .mapToObj(i -> Math.round((from + i * step) * 1e6) / 1e6)
                    .toList();
        }
    }
}
