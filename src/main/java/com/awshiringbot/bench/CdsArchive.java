package com.awshiringbot.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one-time step that makes the bot's AppCDS archive ({@code bench --write-cds}): one run of the bot, in a child JVM
 * with {@code -XX:ArchiveClassesAtExit}, against a local Bot API server, answering one question before it is stopped,
 * so that the archive holds the classes of the core, the store and the Telegram client. The bot then starts with
 * {@code -XX:SharedArchiveFile}; a JVM given an archive that is missing, or made for another jar, starts without
 * it, so the archive is an option, never a requirement.
 */
public final class CdsArchive {
    private static final String QUESTION = "루프 면접이 뭐예요?";

    private CdsArchive() {
    }

    /** Where the archive goes by default: beside the jar this JVM runs from ({@code target/aws-hiring-bot.jsa}). */
    public static Optional<Path> besideTheJar() {
        String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
        if (classPath.length != 1 || !classPath[0].endsWith(".jar") || !Files.isRegularFile(Path.of(classPath[0]))) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath[0]).toAbsolutePath();
        String name = jar.getFileName().toString();
        return Optional.of(jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa"));
    }

    /**
     * Writes the archive to {@code file}, replacing it.
     *
     * @return the archive's size in bytes
     * @throws IllegalStateException when this JVM does not run from jars only, or the bot run failed
     */
    public static long write(Path knowledgeDir, Path file) throws IOException {
        Optional<String> why = ColdStartBench.whyNoArchive();
        if (why.isPresent()) {
            throw new IllegalStateException("cannot make an AppCDS archive: " + why.get());
        }
        new ColdStartBench(knowledgeDir, List.of()).createArchive(file.toAbsolutePath(), QUESTION);
        return Files.size(file);
    }
}
