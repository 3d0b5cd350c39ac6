package com.awshiringbot.cli;

import com.awshiringbot.answer.Answerer;
import com.awshiringbot.answer.Outcome;
import com.awshiringbot.answer.Reply;
import com.awshiringbot.knowledge.KnowledgeException;
import com.awshiringbot.knowledge.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ask [--json]}: one question per line of standard input, one answer per line of standard output, in order
 * and flushed line by line. Every input line gets exactly one output line, whatever it holds; nothing else is
 * written to standard output.
 */
@Command(name = "ask",
        description = "Answers one question per line of standard input with one line on standard output.")
public final class AskCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(names = "--json", description = "Write one JSON object per line: question, answered, outcome, id, "
            + "answer, lang, source, score, choices.")
    private boolean json;

    @Override
    public Integer call() throws KnowledgeException, IOException {
        Answerer answerer = main.answerer();
        PrintWriter out = main.out();
        BufferedReader in = Utf8.reader(main.in());
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Reply reply = answer(answerer, line);
            out.println(json ? ReplyFormat.json(reply) : ReplyFormat.plain(reply));
            out.flush();
        }
        return 0;
    }

    /** The core never throws by contract; should it, the line still gets its output line and the error goes to stderr. */
    private Reply answer(Answerer answerer, String question) {
        try {
            return answerer.answer(question);
        } catch (RuntimeException e) {
            main.err().println("ask: the question '" + abbreviate(question) + "' failed: " + e);
            main.err().flush();
            Language language = question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HANGUL) ? Language.KO : Language.EN;
            String text = language == Language.KO ? "답변하는 중에 오류가 났어요." : "Something went wrong answering this.";
            return new Reply(question, Outcome.DONT_KNOW, language, null, text, null, 0, List.of());
        }
    }

    private static String abbreviate(String question) {
        return question.length() <= 80 ? question : question.substring(0, 80) + "…";
    }
}
