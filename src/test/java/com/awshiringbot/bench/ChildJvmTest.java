package com.awshiringbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

    @Test
    void runsMainOnTheSameClasspathAndCollectsItsOutput() {
        try (ChildJvm child = ChildJvm.start(List.of("-Xshare:auto"), List.of("--version"))) {
            assertEquals(Optional.of("aws-hiring-bot 0.1.0"), child.awaitLine(line -> line.startsWith("aws-hiring-bot"),
                    Duration.ofSeconds(30)));
            assertEquals(Optional.of(0), child.awaitExit(Duration.ofSeconds(30)));
            assertEquals(List.of("aws-hiring-bot 0.1.0"), child.stdout());
        }
    }

    @Test
    void keepsStandardErrorAndTheExitCodeOfAFailure() {
        try (ChildJvm child = ChildJvm.start(List.of(), List.of("--no-such-option"))) {
            assertEquals(Optional.of(2), child.awaitExit(Duration.ofSeconds(30)));
            assertTrue(child.stderr().contains("Unknown option: '--no-such-option'"), child.stderr());
            assertEquals(Optional.empty(), child.awaitLine(line -> true, Duration.ofMillis(10)));
        }
    }
}
