package com.awshiringbot.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minimum answer quality committed next to the labelled set ({@code knowledge/eval/floors.properties}), set a
 * little below measured figures so that a change that makes answers worse fails the build. Shares are from 0 to 1.
 *
 * <p>Keys: {@code <part>.ko.accuracy}, {@code <part>.en.accuracy}, {@code <part>.refusals} (minimums),
 * {@code <part>.wrong-confident.max} (a maximum), {@code variants.accuracy}, {@code leave-one-out.answered} and
 * {@code leave-one-out.retrieved} (minimums), where part is {@code tune}, {@code heldout} or {@code set}.
 */
public final class Floors {
    /** The file name, in the labelled set's folder. */
    public static final String FILE_NAME = "floors.properties";

    private static final Pattern PART_KEY =
            Pattern.compile("(tune|heldout|set)\\.(ko\\.accuracy|en\\.accuracy|refusals|wrong-confident\\.max)");
    private static final List<String> OTHER_KEYS =
            List.of("variants.accuracy", "leave-one-out.answered", "leave-one-out.retrieved");

    private final String source;
    private final Map<String, Double> floors;

    private Floors(String source, Map<String, Double> floors) {
        this.source = source;
        this.floors = floors;
    }

    /**
     * Reads a floors file.
     *
     * @throws IllegalArgumentException naming the file and the key for an unknown key or a value that is not a share
     */
    public static Floors read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Double> floors = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!PART_KEY.matcher(key).matches() && !OTHER_KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown floor '" + key + "'");
            }
            String value = properties.getProperty(key).strip();
            try {
                double share = Double.parseDouble(value);
                if (share < 0 || share > 1) {
                    throw new NumberFormatException();
                }
                floors.put(key, share);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": floor '" + key + "' must be a share from 0 to 1, but is '"
                        + value + "'");
            }
        }
        return new Floors(file.toString(), floors);
    }

    /** The file the floors were read from. */
    public String source() {
        return source;
    }

    /** The floors by key, sorted. */
    public Map<String, Double> values() {
        return floors;
    }

    /**
     * The floors {@code report} falls below, one line each: {@code heldout.ko.accuracy: 91.0 % (91/100) is below the
     * floor 93.0 %}. A floor for a figure the report does not hold (a part that is absent, leave-one-out not run) is
     * skipped.
     */
    public List<String> check(EvalReport report) {
        List<String> failures = new ArrayList<>();
        floors.forEach((key, floor) -> figure(report, key).ifPresent(count -> {
            boolean maximum = key.endsWith(".max");
            boolean fails = maximum ? count.share() > floor + 1e-9 : count.share() < floor - 1e-9;
            if (fails) {
                failures.add(String.format(Locale.ROOT, "%s: %s is %s the %s %.1f %%", key, count,
                        maximum ? "above" : "below", maximum ? "ceiling" : "floor", 100 * floor));
            }
        }));
        return failures;
    }

    private static Optional<Count> figure(EvalReport report, String key) {
        Matcher m = PART_KEY.matcher(key);
        if (m.matches()) {
            return report.part(m.group(1)).map(p -> switch (m.group(2)) {
                case "ko.accuracy" -> p.koInScope();
                case "en.accuracy" -> p.enInScope();
                case "refusals" -> p.refusals();
                default -> p.wrongConfident();
            });
        }
        return switch (key) {
            case "variants.accuracy" -> Optional.ofNullable(report.variants()).map(VariantFigures::all);
            case "leave-one-out.answered" -> Optional.ofNullable(report.leaveOneOut()).map(LeaveOneOutFigures::answered);
            default -> Optional.ofNullable(report.leaveOneOut()).map(LeaveOneOutFigures::retrieved);
        };
    }
}
