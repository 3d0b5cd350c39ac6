package com.awshiringbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core ({@code knowledge}, {@code retrieval}, {@code answer}) must not depend on any adapter. */
class ArchitectureTest {
    private static final List<String> CORE = List.of("knowledge", "retrieval", "answer");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(org\\.telegram|com\\.awshiringbot\\.(?:telegram|console|cli|store|reload|ops|eval|bench))\\b[\\w.]*");

    @Test
    void theCoreUsesNoAdapterPackage() {
        Path sources = Path.of("src/main/java/com/awshiringbot");
        assertTrue(Files.isDirectory(sources.resolve("knowledge")), "run from the project folder");

        assertEquals(List.of(), violations(sources));
    }

    @Test
    void theCheckFindsImportsAndQualifiedNames(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("answer/sub"));
        Files.writeString(root.resolve("answer/sub/Bad.java"), "package x;\n\nimport org.telegram.telegrambots.meta.api.objects.Update;\n"
                + "import com.awshiringbot.knowledge.Entry;\nclass Bad { com.awshiringbot.store.Database db; }\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("telegram"));
        Files.writeString(root.resolve("telegram/Fine.java"), "import com.awshiringbot.cli.Main;\n", StandardCharsets.UTF_8);

        assertEquals(List.of(
                root.resolve("answer/sub/Bad.java") + ":3: uses org.telegram.telegrambots.meta.api.objects.Update",
                root.resolve("answer/sub/Bad.java") + ":5: uses com.awshiringbot.store.Database"), violations(root));
    }

    /** Every use of an adapter package in the core's source files under {@code root}, as {@code file:line: uses x}. */
    private static List<String> violations(Path root) {
        List<String> found = new ArrayList<>();
        for (String core : CORE) {
            Path dir = root.resolve(core);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher matcher = FORBIDDEN.matcher(lines.get(i));
                        while (matcher.find()) {
                            found.add(file + ":" + (i + 1) + ": uses " + matcher.group());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
