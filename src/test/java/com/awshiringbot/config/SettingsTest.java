package com.awshiringbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void environmentVariableNamesFollowTheKeys() {
        assertEquals("TELEGRAM_API_URL", Settings.environmentName("telegram.api-url"));
        assertEquals("BOT_KNOWLEDGE_DIR", Settings.environmentName("bot.knowledge-dir"));
        assertEquals("BOT_DATA_DIR", Settings.environmentName("bot.data-dir"));
    }

    @Test
    void environmentOverridesTheDefaults() {
        Settings settings = Settings.load(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8081", "BOT_DATA_DIR", "/tmp/x"));
        assertEquals("http://127.0.0.1:8081", settings.string("telegram.api-url"));
        assertEquals(Path.of("/tmp/x"), settings.path("bot.data-dir"));
        assertEquals("knowledge", settings.string("bot.knowledge-dir"));
    }

    @Test
    void theTokenComesOnlyFromTheEnvironment() {
        assertFalse(Settings.load(Map.of()).token().isPresent());
        assertEquals("123:abc", Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "123:abc")).token().orElseThrow());
        assertFalse(Settings.load(Map.of()).asMap().containsKey("telegram.bot-token"));
    }

    @Test
    void aConfigFileIsReadAsUtf8AndOverridesTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bot.properties");
        Files.writeString(file, "# 한국어 주석\nbot.knowledge-dir=지식\n", StandardCharsets.UTF_8);
        Settings settings = Settings.load(Map.of("BOT_CONFIG", file.toString()));
        assertEquals("지식", settings.string("bot.knowledge-dir"));
    }

    @Test
    void anUnknownKeyInAConfigFileFailsNamingTheKeyAndTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bot.properties");
        Files.writeString(file, "bot.knowlege-dir=typo\n", StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.load(Map.of("BOT_CONFIG", file.toString())));
        assertTrue(e.getMessage().startsWith(file + ": unknown setting 'bot.knowlege-dir'"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongKindFailsNamingTheKeyAndItsOrigin() {
        Settings settings = Settings.load(Map.of("BOT_DATA_DIR", "x"));
        ConfigException e = assertThrows(ConfigException.class, () -> settings.integer("bot.data-dir"));
        assertEquals("Setting 'bot.data-dir' (from environment variable BOT_DATA_DIR) must be a whole number, but is 'x'",
                e.getMessage());
    }
}
