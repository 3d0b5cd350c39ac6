package com.awshiringbot.telegram;

import com.awshiringbot.config.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Parses the Bot API base URL ({@code telegram.api-url}) into telegrambots' {@link TelegramUrl}, which has a
 * scheme, host and port but no path: {@code https://api.telegram.org} or {@code http://127.0.0.1:8081}.
 */
final class TelegramUrls {

    private static final String KEY = "telegram.api-url";

    private TelegramUrls() {
    }

    static TelegramUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid(url, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(url, "it must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw invalid(url, "it has no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(url, "it must not have user info, a query or a fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.isEmpty() && !path.equals("/")) {
            throw invalid(url, "it must have no path (the bot adds /bot<token>/<method> itself)");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return new TelegramUrl(scheme, host, port, false);
    }

    private static ConfigException invalid(String url, String why) {
        return new ConfigException("Setting '" + KEY + "' is '" + url + "', but " + why);
    }
}
