package com.awshiringbot.console;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The terminal chat over the answering core: questions in, answers out, with {@code /help}, {@code /stages},
 * {@code /faq} and {@code /quit}. Every list it shows (did-you-mean choices, related entries, stages, FAQ) is
 * numbered, and typing a number opens that entry. Menus and help follow the language of the last question.
 */
public final class ConsoleChat {
    private final BufferedReader in;
    private final PrintWriter out;
    private final Answerer answerer;
    private Language language = Language.KO;
    private List<Entry> menu = List.of();

    /**
     * @param in the user's lines, already decoded (UTF-8)
     * @param out where the chat is written; flushed after every reply
     */
    public ConsoleChat(BufferedReader in, PrintWriter out, Answerer answerer) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.answerer = Objects.requireNonNull(answerer, "answerer");
    }

    /** Chats until {@code /quit} or the end of input. */
    public void run() throws IOException {
        out.println(Texts.GREETING_KO);
        out.println(Texts.GREETING_EN);
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                break;
            }
            if (!handle(line.strip())) {
                break;
            }
            out.flush();
        }
        out.flush();
    }

    /** Handles one line; false when the chat should end. */
    private boolean handle(String line) {
        if (line.isEmpty()) {
            return true;
        }
        if (line.chars().allMatch(Character::isDigit) && line.length() <= 3) {
            open(Integer.parseInt(line));
            return true;
        }
        switch (line.toLowerCase(java.util.Locale.ROOT)) {
            case "/quit", "/exit", "/q" -> {
                out.println(Texts.bye(language));
                return false;
            }
            case "/help", "/start", "/h", "?" -> out.println(Texts.help(language));
            case "/stages" -> showMenu(Texts.stagesHeader(language), Texts.noStages(language), knowledge().stages());
            case "/faq" -> showMenu(Texts.faqHeader(language), Texts.noFaq(language), knowledge().topic("faq"));
            default -> {
                if (line.startsWith("/")) {
                    out.println(Texts.unknownCommand(language, line));
                } else {
                    show(answerer.answer(line));
                }
            }
        }
        return true;
    }

    private void open(int number) {
        if (number < 1 || number > menu.size()) {
            out.println(Texts.noSuchChoice(language, number));
            return;
        }
        Optional<Reply> reply = answerer.open(menu.get(number - 1).id(), language);
        if (reply.isPresent()) {
            show(reply.get());
        } else {
            out.println(Texts.noSuchChoice(language, number));
        }
    }

    private void show(Reply reply) {
        language = reply.language();
        out.println(reply.text().strip());
        if (reply.outcome() == Outcome.ANSWER) {
            if (reply.source() != null) {
                out.println(reply.source());
            }
            List<Entry> related = new ArrayList<>();
            for (String id : reply.entry() == null ? List.<String>of() : reply.entry().related()) {
                knowledge().entry(id).ifPresent(related::add);
            }
            showMenu(Texts.relatedHeader(language), null, related);
        } else if (reply.outcome() == Outcome.DID_YOU_MEAN) {
            if (listsEveryChoice(reply)) {
                menu = reply.choices();
            } else {
                showMenu(null, null, reply.choices());
            }
        } else {
            menu = List.of();
        }
    }

    /** Whether the core's prompt already lists the choices by title, so they are not listed twice. */
    public static boolean listsEveryChoice(Reply reply) {
        return reply.choices().stream().allMatch(choice -> reply.text().contains(choice.title(reply.language())));
    }

    private void showMenu(String header, String whenEmpty, List<Entry> entries) {
        menu = List.copyOf(entries);
        if (entries.isEmpty()) {
            if (whenEmpty != null) {
                out.println(whenEmpty);
            }
            return;
        }
        if (header != null) {
            out.println(header);
        }
        for (int i = 0; i < entries.size(); i++) {
            out.println("  " + (i + 1) + ") " + entries.get(i).title(language));
        }
    }

    private KnowledgeBase knowledge() {
        return answerer.knowledge();
    }
}
