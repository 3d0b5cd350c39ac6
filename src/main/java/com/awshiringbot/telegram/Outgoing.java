package com.awshiringbot.telegram;

import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * A message to send or to edit in place: its text, whether the text is in HTML parse mode, and its inline
 * keyboard (null for none).
 */
record Outgoing(String text, boolean html, InlineKeyboardMarkup keyboard) {

    Outgoing {
        Objects.requireNonNull(text, "text");
    }

    static Outgoing html(String text, InlineKeyboardMarkup keyboard) {
        return new Outgoing(text, true, keyboard);
    }

    static Outgoing plain(String text) {
        return new Outgoing(text, false, null);
    }
}
