package com.awshiringbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The bot's settings: the defaults shipped in {@code config/bot.properties}, an optional configuration file, and
 * environment variables on top. A key unknown to the defaults, or a value of the wrong kind, fails at start-up
 * naming the key.
 */
public final class Settings {
    /** The environment variable that holds the bot token. The token is never read from a file. */
    public static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";
    /** The environment variable naming a configuration file to read instead of {@code config/bot.properties}. */
    public static final String CONFIG_FILE_VARIABLE = "BOT_CONFIG";

    private static final String DEFAULTS_RESOURCE = "/bot.properties";
    private static final Path DEFAULT_CONFIG_FILE = Path.of("config", "bot.properties");

    private final Map<String, String> values;
    private final Map<String, String> origins;
    private final String token;

    private Settings(Map<String, String> values, Map<String, String> origins, String token) {
        this.values = values;
        this.origins = origins;
        this.token = token;
    }

    /** Reads the settings the way the bot does: defaults, then the config file, then {@code env}. */
    public static Settings load(Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        readDefaults(values, origins);
        Path file = env.containsKey(CONFIG_FILE_VARIABLE) ? Path.of(env.get(CONFIG_FILE_VARIABLE)) : DEFAULT_CONFIG_FILE;
        if (env.containsKey(CONFIG_FILE_VARIABLE) || Files.isRegularFile(file)) {
            readFile(file, values, origins);
        }
        for (String key : values.keySet().toArray(String[]::new)) {
            String variable = environmentName(key);
            String override = env.get(variable);
            if (override != null) {
                values.put(key, override.strip());
                origins.put(key, "environment variable " + variable);
            }
        }
        String token = env.get(TOKEN_VARIABLE);
        return new Settings(Collections.unmodifiableMap(values), origins, token == null || token.isBlank() ? null : token.strip());
    }

    /** The defaults alone, ignoring files and the environment: for tests and tools. */
    public static Settings defaults() {
        return withOverrides(Map.of());
    }

    /** The defaults with some keys replaced: for tests and tools. Unknown keys fail as they would in a file. */
    public static Settings withOverrides(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        readDefaults(values, origins);
        overrides.forEach((key, value) -> {
            requireKnown(values, key, "override");
            values.put(key, value);
            origins.put(key, "override");
        });
        return new Settings(Collections.unmodifiableMap(values), origins, null);
    }

    /** The environment variable that overrides {@code key}: {@code telegram.api-url} → {@code TELEGRAM_API_URL}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The bot token from {@value #TOKEN_VARIABLE}, if set. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** All keys and their current values, sorted by key (the token is not among them). */
    public Map<String, String> asMap() {
        return values;
    }

    public String string(String key) {
        return require(key);
    }

    public Path path(String key) {
        return Path.of(require(key));
    }

    public int integer(String key) {
        String value = require(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(key, value, "a whole number");
        }
    }

    public double decimal(String key) {
        String value = require(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw invalid(key, value, "a number");
        }
    }

    public boolean bool(String key) {
        String value = require(key);
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw invalid(key, value, "true or false");
    }

    /** A comma-separated list of whole numbers; empty when the value is blank. */
    public List<Long> longs(String key) {
        String value = require(key);
        List<Long> numbers = new ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                numbers.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw invalid(key, value, "a comma-separated list of whole numbers");
            }
        }
        return List.copyOf(numbers);
    }

    private String require(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new ConfigException("Unknown setting '" + key + "'");
        }
        return value;
    }

    private ConfigException invalid(String key, String value, String expected) {
        return new ConfigException("Setting '" + key + "' (from " + origins.get(key) + ") must be " + expected
                + ", but is '" + value + "'");
    }

    private static void readDefaults(Map<String, String> values, Map<String, String> origins) {
        try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default configuration " + DEFAULTS_RESOURCE + " is missing from the jar");
            }
            Properties properties = read(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String key : orderedKeys(properties)) {
                values.put(key, properties.getProperty(key).strip());
                origins.put(key, "defaults");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the default configuration", e);
        }
    }

    private static void readFile(Path file, Map<String, String> values, Map<String, String> origins) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = read(reader);
            for (String key : orderedKeys(properties)) {
                requireKnown(values, key, file.toString());
                values.put(key, properties.getProperty(key).strip());
                origins.put(key, file.toString());
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot read the configuration file " + file + ": " + e.getMessage());
        }
    }

    private static void requireKnown(Map<String, String> values, String key, String where) {
        if (!values.containsKey(key)) {
            throw new ConfigException(where + ": unknown setting '" + key + "'; known settings: "
                    + String.join(", ", values.keySet()));
        }
    }

    private static Properties read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return properties;
    }

    private static Iterable<String> orderedKeys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
