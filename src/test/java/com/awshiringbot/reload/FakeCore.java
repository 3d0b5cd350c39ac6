package com.awshiringbot.reload;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.Bilingual;
import com.awshiringbot.knowledge.Citation;
import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import com.awshiringbot.knowledge.Questions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A core built from a folder holding {@code version.txt}: "v2 3" serves version v2 with 3 entries; "broken: why"
 * fails the build with "why". Until its build is complete it answers "HALF-BUILT", which a reload must never expose.
 */
final class FakeCore implements Answerer {
    static final AtomicInteger builds = new AtomicInteger();

    private final String version;
    private final KnowledgeBase knowledge;
    private volatile boolean ready;

    private FakeCore(String version, int entries) {
        this.version = version;
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            list.add(new Entry("e" + i, "faq", null, new Questions(List.of("q" + i), List.of("q" + i)),
                    new Bilingual("a", "a"), new Citation("recap", "s", null), List.of(), "test"));
        }
        this.knowledge = new KnowledgeBase(list, List.of(), "", "");
    }

    /** The factory: reads the folder, optionally dawdles half-built for {@code buildMillis}. */
    static AnswererFactory factory(long buildMillis) {
        return dir -> {
            builds.incrementAndGet();
            String[] spec = Files.readString(dir.resolve("version.txt"), StandardCharsets.UTF_8).strip().split(" ", 2);
            if (spec[0].equals("broken:")) {
                throw new Exception(spec[1]);
            }
            FakeCore core = new FakeCore(spec[0], Integer.parseInt(spec[1]));
            Thread.sleep(buildMillis);
            core.ready = true;
            return core;
        };
    }

    static void write(Path dir, String spec) throws Exception {
        Files.writeString(dir.resolve("version.txt"), spec, StandardCharsets.UTF_8);
    }

    @Override
    public Reply answer(String question) {
        return new Reply(question, Outcome.DONT_KNOW, Language.KO, null, ready ? version : "HALF-BUILT", null, 0, List.of());
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return Optional.of(answer(entryId));
    }

    @Override
    public KnowledgeBase knowledge() {
        return knowledge;
    }
}
