package com.awshiringbot.cli;

import com.awshiringbot.console.ConsoleChat;
import com.awshiringbot.knowledge.KnowledgeException;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code console}: the interactive chat in the terminal, over the same core as the bot. */
@Command(name = "console", description = "Chats in the terminal (UTF-8), with /help, /stages, /faq and /quit.")
public final class ConsoleCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Override
    public Integer call() throws KnowledgeException, IOException {
        return main.runConsole(main.answerer());
    }
}
