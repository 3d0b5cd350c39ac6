package com.awshiringbot.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** One run of the command line with captured output: for the command tests. */
record Run(int exitCode, String out, String err) {

    static Run of(byte[] stdin, Map<String, String> env, AnswererFactory answerers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new ByteArrayInputStream(stdin), env, answerers)
                .execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run of(Map<String, String> env, String... args) {
        return of(new byte[0], env, settings -> {
            throw new AssertionError("this command must not build the answering core");
        }, args);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
