package com.awshiringbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one sentence a message of several asks, when it says which: users often tell their situation around the
 * question ("STAR 기법이 뭐예요?? 강의에서 들은 거 같은데 기억이 안 나요", "통신사 8년차인데 온콜에 지쳤어. AWS는 새벽에 콜
 * 오거나 그런 거 없어?"), and the words of that story, which no entry uses, hide a question the knowledge answers.
 * The asked sentence is the only one ending with a question mark, or, when none does, the first. A message with
 * several questions asks no one of them.
 */
final class AskedSentence {
    /** After a run of ? and ! (뭐예요??), a line break, and a full stop followed by a space (not inside "t3.micro"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?!])(?![?!])|(?<=\\n)|(?<=\\.)(?=\\s)");
    private static final int MIN_CHARS = 2;

    private AskedSentence() {
    }

    /** The asked sentence of {@code text}; empty when it has one sentence only, or several questions. */
    static Optional<String> in(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            String sentence = part.strip();
            if (sentence.length() >= MIN_CHARS) {
                sentences.add(sentence);
            }
        }
        if (sentences.size() < 2) {
            return Optional.empty();
        }
        List<String> questions = sentences.stream().filter(s -> s.endsWith("?")).toList();
        if (questions.size() > 1) {
            return Optional.empty();
        }
        return Optional.of(questions.isEmpty() ? sentences.get(0) : questions.get(0));
    }
}
