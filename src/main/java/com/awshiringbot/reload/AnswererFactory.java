package com.awshiringbot.reload;

import com.awshiringbot.answer.Answerer;
import java.nio.file.Path;

/** Builds a complete, ready core from a knowledge folder, or fails with the validation report as its message. */
@FunctionalInterface
public interface AnswererFactory {
    Answerer build(Path knowledgeDir) throws Exception;
}
