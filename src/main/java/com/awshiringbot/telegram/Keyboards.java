package com.awshiringbot.telegram;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The inline keyboards the bot shows. A button whose data would not fit Telegram's 64 bytes is left out. */
final class Keyboards {

    /** Buttons longer than this are cut; Telegram shows only so much of a button anyway. */
    static final int MAX_BUTTON_TEXT = 60;

    private Keyboards() {
    }

    /** The start menu: 면접 단계, 자주 묻는 질문, 문화·복지, 리더십 원칙, two by two. */
    static InlineKeyboardMarkup mainMenu(Language language) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        Menu[] menus = Menu.values();
        for (int i = 0; i < menus.length; i += 2) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            for (int j = i; j < Math.min(i + 2, menus.length); j++) {
                button(menus[j].label(language), CallbackData.menu(menus[j])).ifPresent(row::add);
            }
            rows.add(row);
        }
        return markup(rows);
    }

    /** An answer's keyboard: its related entries, one a row, then the 👍 / 👎 row. */
    static InlineKeyboardMarkup answer(String entryId, List<Entry> related, Language language) {
        List<InlineKeyboardRow> rows = entryRows(related, language, false);
        voteRow(entryId, language).ifPresent(rows::add);
        return markup(rows);
    }

    /** "Did you mean" choices, one a row. */
    static InlineKeyboardMarkup choices(List<Entry> choices, Language language) {
        return markup(entryRows(choices, language, false));
    }

    /** A stage shown in place: ◀ ▶ to the neighbouring stages, back to the list, and the vote row. */
    static InlineKeyboardMarkup stage(String entryId, Entry previous, Entry next, Language language) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow nav = new InlineKeyboardRow();
        if (previous != null) {
            button(Messages.previous(language), CallbackData.stage(previous.id())).ifPresent(nav::add);
        }
        if (next != null) {
            button(Messages.next(language), CallbackData.stage(next.id())).ifPresent(nav::add);
        }
        if (!nav.isEmpty()) {
            rows.add(nav);
        }
        button(Messages.allStages(language), CallbackData.page(Menu.STAGES, 0)).ifPresent(b -> rows.add(new InlineKeyboardRow(b)));
        voteRow(entryId, language).ifPresent(rows::add);
        return markup(rows);
    }

    /** One page of a menu's entries, with ◀ n/N ▶ when there is more than one page. */
    static InlineKeyboardMarkup page(Menu menu, List<Entry> onPage, int page, int pages, Language language) {
        List<InlineKeyboardRow> rows = entryRows(onPage, language, menu == Menu.STAGES);
        if (pages > 1) {
            InlineKeyboardRow nav = new InlineKeyboardRow();
            if (page > 0) {
                button("◀", CallbackData.page(menu, page - 1)).ifPresent(nav::add);
            }
            button((page + 1) + "/" + pages, CallbackData.noop()).ifPresent(nav::add);
            if (page + 1 < pages) {
                button("▶", CallbackData.page(menu, page + 1)).ifPresent(nav::add);
            }
            rows.add(nav);
        }
        return markup(rows);
    }

    /** {@code keyboard} with its vote row replaced by a "thanks" button; the other rows stay as they were. */
    static InlineKeyboardMarkup thanked(InlineKeyboardMarkup keyboard, Language language) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (keyboard != null && keyboard.getKeyboard() != null) {
            for (InlineKeyboardRow row : keyboard.getKeyboard()) {
                boolean voteRow = row.stream().anyMatch(b -> b.getCallbackData() != null && b.getCallbackData().startsWith("v:"));
                if (!voteRow) {
                    rows.add(row);
                }
            }
        }
        button(Messages.thanked(language), CallbackData.noop()).ifPresent(b -> rows.add(new InlineKeyboardRow(b)));
        return markup(rows);
    }

    private static Optional<InlineKeyboardRow> voteRow(String entryId, Language language) {
        Optional<InlineKeyboardButton> up = button(Messages.helpful(language), CallbackData.vote(entryId, true));
        Optional<InlineKeyboardButton> down = button(Messages.unhelpful(language), CallbackData.vote(entryId, false));
        if (up.isEmpty() || down.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InlineKeyboardRow(up.get(), down.get()));
    }

    private static List<InlineKeyboardRow> entryRows(List<Entry> entries, Language language, boolean asStages) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Entry entry : entries) {
            CallbackData data = asStages ? CallbackData.stage(entry.id()) : CallbackData.entry(entry.id());
            String label = asStages ? entry.stage() + ". " + entry.title(language) : entry.title(language);
            button(label, data).ifPresent(b -> rows.add(new InlineKeyboardRow(b)));
        }
        return rows;
    }

    private static Optional<InlineKeyboardButton> button(String text, CallbackData data) {
        return data.encode().map(encoded -> InlineKeyboardButton.builder()
                .text(Html.shorten(text, MAX_BUTTON_TEXT))
                .callbackData(encoded)
                .build());
    }

    private static InlineKeyboardMarkup markup(List<InlineKeyboardRow> rows) {
        return rows.isEmpty() ? null : new InlineKeyboardMarkup(rows);
    }
}
