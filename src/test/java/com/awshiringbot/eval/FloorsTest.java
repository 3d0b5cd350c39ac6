package com.awshiringbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.awshiringbot.eval.Variant.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorsTest {

    @TempDir
    Path dir;

    private Floors floors(String text) throws Exception {
        Path file = dir.resolve("floors.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Floors.read(file);
    }

    private static EvalReport report(LeaveOneOutFigures loo) {
        PartFigures heldout = new PartFigures("heldout", new Count(19, 20), new Count(10, 10), new Count(9, 10), 2,
                new Count(1, 40), 0, List.of());
        VariantFigures variants = new VariantFigures(Map.of(Kind.NO_SPACES, new Count(8, 10),
                Kind.MISSPELLING, new Count(9, 10)), List.of());
        return new EvalReport("set", List.of(heldout), variants, loo, List.of(), List.of());
    }

    @Test
    void eachFloorIsComparedWithItsFigureAndTheCeilingWithWrongConfidentAnswers() throws Exception {
        Floors floors = floors("# measured 2026-11-23\nheldout.ko.accuracy=0.95\nheldout.en.accuracy=1.0\n"
                + "heldout.refusals=0.95\nheldout.wrong-confident.max=0.02\nvariants.accuracy=0.9\n"
                + "leave-one-out.retrieved=0.9\nleave-one-out.answered=0.85\n");

        assertEquals(List.of(
                "heldout.refusals: 90.0 % (9/10) is below the floor 95.0 %",
                "heldout.wrong-confident.max: 2.5 % (1/40) is above the ceiling 2.0 %",
                "leave-one-out.answered: 80.0 % (8/10) is below the floor 85.0 %",
                "variants.accuracy: 85.0 % (17/20) is below the floor 90.0 %"),
                floors.check(report(new LeaveOneOutFigures(new Count(8, 10), new Count(9, 10), 3, List.of()))));
    }

    @Test
    void aFloorForAFigureNotMeasuredIsSkipped() throws Exception {
        Floors floors = floors("tune.ko.accuracy=0.99\nleave-one-out.retrieved=0.99\n");
        assertEquals(List.of(), floors.check(report(null)));
    }

    @Test
    void anUnknownKeyOrAValueOutsideZeroToOneIsRejectedByName() throws Exception {
        assertEquals(dir.resolve("floors.properties") + ": unknown floor 'heldout.accuracy'",
                assertThrows(IllegalArgumentException.class, () -> floors("heldout.accuracy=0.9\n")).getMessage());
        assertEquals(dir.resolve("floors.properties") + ": floor 'heldout.refusals' must be a share from 0 to 1, but is '95'",
                assertThrows(IllegalArgumentException.class, () -> floors("heldout.refusals=95\n")).getMessage());
    }
}
