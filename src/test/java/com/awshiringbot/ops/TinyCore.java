package com.awshiringbot.ops;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Questions;
import com.awshiringbot.reload.AnswererFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A core over a folder holding {@code entries.txt}: one entry id per line; a line "broken: why" fails the build.
 * It answers a question equal to an entry id with that entry, and anything else with "I don't know".
 */
final class TinyCore implements Answerer {
    private final KnowledgeBase knowledge;

    TinyCore(List<String> ids) {
        List<Entry> entries = new ArrayList<>();
        for (String id : ids) {
            entries.add(entry(id));
        }
        this.knowledge = new KnowledgeBase(entries, List.of(), "", "");
    }

    static Entry entry(String id) {
        return new Entry(id, "faq", null, new Questions(List.of(id), List.of(id)), new Bilingual("답 " + id, "answer " + id),
                new Citation("recap", "s", null), List.of(), "test");
    }

    static final AnswererFactory FACTORY = dir -> {
        List<String> lines = Files.readAllLines(dir.resolve("entries.txt"), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith("broken: ")) {
                throw new Exception(line.substring("broken: ".length()));
            }
        }
        return new TinyCore(lines.stream().filter(l -> !l.isBlank()).toList());
    };

    static void write(Path dir, String... lines) throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve("entries.txt"), List.of(lines), StandardCharsets.UTF_8);
    }

    @Override
    public Reply answer(String question) {
        Optional<Entry> entry = knowledge.entry(question);
        if (entry.isPresent()) {
            return new Reply(question, Outcome.ANSWER, Language.KO, entry.get(), entry.get().answer().ko(), "출처", 0.9, List.of());
        }
        return new Reply(question, Outcome.DONT_KNOW, Language.KO, null, "모르겠어요", null, 0.01, List.of());
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return knowledge.entry(entryId).map(e -> answer(entryId));
    }

    @Override
    public KnowledgeBase knowledge() {
        return knowledge;
    }
}
