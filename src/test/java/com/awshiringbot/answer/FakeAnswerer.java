package com.awshiringbot.answer;

import com.awshiringbot.knowledge.Entry;
import com.awshiringbot.knowledge.KnowledgeBase;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.KnowledgeLoader;
import com.awshiringbot.knowledge.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A predictable answering core for adapter tests, over a real knowledge base: a question that equals one of an
 * entry's questions (ignoring case and spaces) is answered; one that shares a word of two or more letters with
 * entries' questions gets those entries (at most three) as did-you-mean choices; anything else is not known.
 * The language is Korean when the question has Hangul.
 */
public final class FakeAnswerer implements Answerer {
    /** The valid fixture knowledge base: technical-screen, loop-interview, work-life-balance. */
    public static final Path FIXTURE = Path.of("src/test/resources/knowledge-fixtures/valid");

    private final KnowledgeBase kb;
    private final List<String> asked = new ArrayList<>();

    public FakeAnswerer(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A fake over {@link #FIXTURE}. */
    public static FakeAnswerer overFixture() {
        try {
            return new FakeAnswerer(KnowledgeLoader.load(FIXTURE));
        } catch (KnowledgeException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The questions received, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public synchronized Reply answer(String question) {
        asked.add(question);
        Language language = question.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) ? Language.KO : Language.EN;
        String key = key(question);
        List<Entry> close = new ArrayList<>();
        for (Entry entry : kb.entries()) {
            List<String> questions = new ArrayList<>(entry.questions().ko());
            questions.addAll(entry.questions().en());
            if (!key.isEmpty() && questions.stream().anyMatch(q -> key(q).equals(key))) {
                return reply(question, entry, language);
            }
            if (close.size() < 3 && shareAWord(question, questions)) {
                close.add(entry);
            }
        }
        if (!close.isEmpty()) {
            String text = language == Language.KO ? "혹시 이 질문인가요?" : "Did you mean one of these?";
            return new Reply(question, Outcome.DID_YOU_MEAN, language, null, text, null, 0.5, close);
        }
        String text = language == Language.KO ? "그건 잘 모르겠어요.\n면접 과정은 답할 수 있어요."
                : "I don't know that one.\nI can answer about the interview process.";
        return new Reply(question, Outcome.DONT_KNOW, language, null, text, null, 0, List.of());
    }

    @Override
    public Optional<Reply> open(String entryId, Language language) {
        return kb.entry(entryId).map(entry -> reply(entry.title(language), entry, language));
    }

    @Override
    public KnowledgeBase knowledge() {
        return kb;
    }

    private Reply reply(String question, Entry entry, Language language) {
        return new Reply(question, Outcome.ANSWER, language, entry, entry.answer().in(language),
                kb.citation(entry, language), 0.9, List.of());
    }

    private static boolean shareAWord(String question, List<String> questions) {
        for (String word : question.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
            if (word.length() >= 2 && questions.stream().anyMatch(q -> q.toLowerCase(Locale.ROOT).contains(word))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", "");
    }
}
