package com.awshiringbot.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Whether the real bot starts and answers with a given {@code -Xmx}: a child JVM polls a local Bot API server, gets one
 * question and must send a reply. {@code -XX:+ExitOnOutOfMemoryError} makes a heap that is too small fail at once
 * instead of limping to a timeout; it changes nothing for a heap that is big enough.
 */
final class HeapFloor implements IntPredicate {
    private static final Duration TIMEOUT = Duration.ofSeconds(90); // a start slowed by the memory probe beside it is not a failure

    private final Path knowledgeDir;
    private final String question;

    HeapFloor(Path knowledgeDir, String question) {
        this.knowledgeDir = knowledgeDir;
        this.question = question;
    }

    /** The JVM options of a bot limited to {@code megabytes} of heap. */
    static List<String> options(int megabytes) {
        return List.of("-Xmx" + megabytes + "m", "-XX:+ExitOnOutOfMemoryError");
    }

    @Override
    public boolean test(int megabytes) {
        return BotStart.run(knowledgeDir, options(megabytes), false, question, TIMEOUT).answered();
    }
}
