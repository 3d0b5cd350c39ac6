package com.awshiringbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The store and the reloader know nothing of Telegram: they serve any adapter. */
class StoreIndependenceTest {
    private static final Pattern TELEGRAM = Pattern.compile("\\b(org\\.telegram|com\\.awshiringbot\\.(telegram|ops|cli))\\b");

    @Test
    void store_and_reload_use_no_telegram_type() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("store", "reload")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/awshiringbot", pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (TELEGRAM.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
