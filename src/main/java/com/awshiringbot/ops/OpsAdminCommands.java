package com.awshiringbot.ops;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.reload.ReloadResult;
import com.awshiringbot.reload.ReloadingAnswerer;
import com.awshiringbot.store.ReportBuilder;
import com.awshiringbot.store.ReportText;
import com.awshiringbot.telegram.AdminCommands;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /report [days]} and {@code /reload} for the admin chats of {@code bot.admin-chats}. In any other chat both
 * are "not handled", so the bot answers as to any unknown command and nobody learns that they exist. The replies
 * are for maintainers and in English, like the {@code report} command; the adapter splits a long report into
 * several messages.
 */
public final class OpsAdminCommands implements AdminCommands {
    /** Days a bare {@code /report} covers, as for the {@code report} command. */
    public static final int DEFAULT_DAYS = 7;
    private static final int MAX_DAYS = 3660;

    private final Set<Long> adminChats;
    private final ReportBuilder reports;
    private final ReloadingAnswerer answerer;

    public OpsAdminCommands(List<Long> adminChats, ReportBuilder reports, ReloadingAnswerer answerer) {
        this.adminChats = Set.copyOf(Objects.requireNonNull(adminChats, "adminChats"));
        this.reports = Objects.requireNonNull(reports, "reports");
        this.answerer = Objects.requireNonNull(answerer, "answerer");
    }

    @Override
    public Optional<String> handle(long chatId, String command, Language language) {
        if (!adminChats.contains(chatId) || command == null) {
            return Optional.empty();
        }
        String[] words = command.strip().split("\\s+");
        return switch (words[0]) {
            case "/report" -> Optional.of(report(words));
            case "/reload" -> Optional.of(reload());
            default -> Optional.empty();
        };
    }

    private String report(String[] words) {
        int days = DEFAULT_DAYS;
        if (words.length > 2 || words.length == 2 && !words[1].matches("[0-9]{1,4}")) {
            return "Usage: /report [days], e.g. /report 30";
        }
        if (words.length == 2) {
            days = Integer.parseInt(words[1]);
            if (days < 1 || days > MAX_DAYS) {
                return "Usage: /report [days], days from 1 to " + MAX_DAYS;
            }
        }
        List<String> entryIds = answerer.knowledge().entries().stream().map(Entry::id).toList();
        return ReportText.render(reports.build(days, entryIds));
    }

    private String reload() {
        ReloadResult result = answerer.reload();
        return result.message();
    }
}
