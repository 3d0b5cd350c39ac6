package com.awshiringbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.awshiringbot.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramUrlsTest {

    @Test
    void theDefaultUrlIsTelegramsOnPort443() {
        assertEquals(new TelegramUrl("https", "api.telegram.org", 443, false), TelegramUrls.parse("https://api.telegram.org"));
        assertEquals(new TelegramUrl("https", "api.telegram.org", 443, false), TelegramUrls.parse("https://api.telegram.org/"));
    }

    @Test
    void aLocalServerKeepsItsSchemeHostAndPort() {
        assertEquals(new TelegramUrl("http", "127.0.0.1", 8081, false), TelegramUrls.parse("http://127.0.0.1:8081"));
        assertEquals(new TelegramUrl("http", "bot-api.internal", 80, false), TelegramUrls.parse(" HTTP://bot-api.internal "));
        assertEquals(new TelegramUrl("http", "::1", 8081, false), TelegramUrls.parse("http://[::1]:8081"));
    }

    @Test
    void aUrlTheBotCannotUseIsRefusedNamingTheSetting() {
        assertEquals("Setting 'telegram.api-url' is 'http://127.0.0.1:8081/bot', but it must have no path (the bot adds "
                + "/bot<token>/<method> itself)",
                assertThrows(ConfigException.class, () -> TelegramUrls.parse("http://127.0.0.1:8081/bot")).getMessage());
        assertEquals("Setting 'telegram.api-url' is 'ftp://x', but it must start with http:// or https://",
                assertThrows(ConfigException.class, () -> TelegramUrls.parse("ftp://x")).getMessage());
        assertEquals("Setting 'telegram.api-url' is 'api.telegram.org', but it must start with http:// or https://",
                assertThrows(ConfigException.class, () -> TelegramUrls.parse("api.telegram.org")).getMessage());
        assertEquals("Setting 'telegram.api-url' is 'https://a.b?x=1', but it must not have user info, a query or a fragment",
                assertThrows(ConfigException.class, () -> TelegramUrls.parse("https://a.b?x=1")).getMessage());
        assertEquals("Setting 'telegram.api-url' is 'http://a b', but it is not a URL",
                assertThrows(ConfigException.class, () -> TelegramUrls.parse("http://a b")).getMessage());
    }
}
