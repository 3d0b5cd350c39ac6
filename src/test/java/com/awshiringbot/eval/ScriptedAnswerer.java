package com.awshiringbot.eval;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake answerer that replies from a script and records what it was asked; unscripted questions get don't-know. */
final class ScriptedAnswerer implements Answerer {
    private final Map<String, Reply> script = new LinkedHashMap<>();
    final List<String> asked = new ArrayList<>();

    ScriptedAnswerer reply(Reply reply) {
        script.put(reply.question(), reply);
        return this;
    }

    @Override
    public Reply answer(String question) {
        asked.add(question);
        Reply reply = script.get(question);
        return reply != null ? reply : Fixtures.dontKnow(question, 0);
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return Optional.empty();
    }

    @Override
    public KnowledgeBase knowledge() {
        return Fixtures.KNOWLEDGE;
    }
}
