package com.awshiringbot.telegram;

/** Escaping and the few tags the bot uses in Telegram's HTML parse mode. */
final class Html {

    private Html() {
    }

    /** Escapes {@code &}, {@code <}, {@code >} and {@code "}, so any user or knowledge text shows as itself. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    static String italic(String text) {
        return "<i>" + escape(text) + "</i>";
    }

    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** {@code text} cut to at most {@code max} characters (UTF-16 units, as Telegram counts), ending with "…". */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(0, end)) + "…";
    }
}
