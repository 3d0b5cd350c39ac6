package com.awshiringbot.telegram;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the core's replies and the knowledge into the messages users see: HTML-escaped text within Telegram's
 * 4,096 characters, with their inline keyboards.
 */
final class Views {

    /** Telegram's limit on a message's text, in UTF-16 units after entity parsing. */
    static final int MAX_TEXT = 4096;
    /** Entries per page of a menu list. */
    static final int PAGE_SIZE = 6;

    private final Supplier<Answerer> core;

    Views(Supplier<Answerer> core) {
        this.core = core;
    }

    Outgoing greeting(Language language) {
        return Outgoing.html(Html.escape(Messages.greeting(language)), Keyboards.mainMenu(language));
    }

    Outgoing help(Language language, String botUsername) {
        return Outgoing.html(Html.escape(Messages.help(language, botUsername)), null);
    }

    /** What the bot is, its sources with titles, dates and links, and the caveat that the process may have changed. */
    Outgoing about(Language language) {
        StringBuilder text = new StringBuilder(Html.escape(Messages.aboutIntro(language))).append('\n');
        for (Source source : core.get().knowledge().sources()) {
            text.append("\n• ").append(source.link() == null ? Html.escape(source.title()) : Html.link(source.link(), source.title()));
            if (source.date() != null) {
                text.append(" (").append(Html.escape(source.date())).append(')');
            }
        }
        text.append("\n\n").append(Html.italic(Messages.aboutCaveat(language)));
        return Outgoing.html(text.toString(), null);
    }

    /** The core's reply to a question: the answer, "did you mean" choices, or "I don't know" with the menu. */
    Outgoing reply(Reply reply) {
        switch (reply.outcome()) {
            case ANSWER:
                return answer(reply);
            case DID_YOU_MEAN:
                return Outgoing.html(Html.escape(Html.shorten(reply.text(), MAX_TEXT)), Keyboards.choices(reply.choices(), reply.language()));
            default:
                return Outgoing.html(Html.escape(Html.shorten(reply.text(), MAX_TEXT)), Keyboards.mainMenu(reply.language()));
        }
    }

    /** An answered entry: its question in bold, the answer, the source line; related entries and votes as buttons. */
    Outgoing answer(Reply reply) {
        Entry entry = reply.entry();
        Language language = reply.language();
        String title = entry.title(language);
        String source = source(reply);
        String body = fit(reply.text(), title.length() + source.length() + 3);
        String text = Html.bold(title) + "\n" + Html.escape(body) + "\n\n" + Html.italic(source);
        return Outgoing.html(text, Keyboards.answer(entry.id(), related(entry), language));
    }

    /** A hiring stage shown in place, with ◀ ▶ to its neighbours. */
    Outgoing stage(Reply reply) {
        Entry entry = reply.entry();
        Language language = reply.language();
        List<Entry> stages = core.get().knowledge().stages();
        int index = indexOf(stages, entry.id());
        String header = Messages.stageHeader(language, index + 1, stages.size()) + " · " + entry.title(language);
        String source = source(reply);
        String body = fit(reply.text(), header.length() + source.length() + 3);
        String text = Html.bold(header) + "\n" + Html.escape(body) + "\n\n" + Html.italic(source);
        Entry previous = index > 0 ? stages.get(index - 1) : null;
        Entry next = index >= 0 && index + 1 < stages.size() ? stages.get(index + 1) : null;
        return Outgoing.html(text, Keyboards.stage(entry.id(), previous, next, language));
    }

    /** One page of a menu's list; a page out of range shows the nearest one. */
    Outgoing page(Menu menu, int page, Language language) {
        List<Entry> entries = menu.entries(core.get().knowledge());
        if (entries.isEmpty()) {
            return Outgoing.html(Html.bold(menu.label(language)) + "\n" + Html.escape(Messages.emptyList(language)), null);
        }
        int pages = (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<Entry> onPage = entries.subList(shown * PAGE_SIZE, Math.min(entries.size(), (shown + 1) * PAGE_SIZE));
        String header = Html.bold(menu.label(language)) + (pages > 1 ? " (" + Messages.pageOf(language, shown + 1, pages) + ")" : "");
        return Outgoing.html(header + "\n" + Html.escape(menu.hint(language)), Keyboards.page(menu, onPage, shown, pages, language));
    }

    /** One of the bot's own sentences, without buttons. */
    Outgoing notice(String sentence) {
        return Outgoing.html(Html.escape(sentence), null);
    }

    /** Plain text (an admin report) cut into messages of at most 4,096 characters, at line ends where possible. */
    static List<Outgoing> plainChunks(String text) {
        List<Outgoing> chunks = new ArrayList<>();
        String rest = text.isBlank() ? "-" : text;
        while (rest.length() > MAX_TEXT) {
            int cut = rest.lastIndexOf('\n', MAX_TEXT);
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
            }
            chunks.add(Outgoing.plain(rest.substring(0, cut)));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank()) {
            chunks.add(Outgoing.plain(rest));
        }
        return chunks;
    }

    /** The entry as opened from a button or link, if the knowledge still has it. */
    Optional<Reply> open(String entryId, Language language) {
        return core.get().open(entryId, language);
    }

    private String source(Reply reply) {
        if (reply.source() != null) {
            return reply.source();
        }
        return core.get().knowledge().citation(reply.entry(), reply.language());
    }

    private List<Entry> related(Entry entry) {
        KnowledgeBase knowledge = core.get().knowledge();
        List<Entry> related = new ArrayList<>();
        for (String id : entry.related()) {
            knowledge.entry(id).ifPresent(related::add);
        }
        return related;
    }

    private static String fit(String body, int around) {
        return Html.shorten(body, Math.max(1, MAX_TEXT - around));
    }

    private static int indexOf(List<Entry> entries, String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
