package io.stackbridge.adapters.cli.console;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Objects;

/** The program's only door to the standard streams: results go to standard output, problems to standard error. */
public final class ConsoleOutput {

    private final PrintWriter out;
    private final PrintWriter err;

    public ConsoleOutput(PrintWriter out, PrintWriter err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** The process's own standard output and standard error. */
    public static ConsoleOutput system() {
        return new ConsoleOutput(writer(System.out), writer(System.err));
    }

    /** Writes one line of result to standard output, at once. */
    public void line(String text) {
        out.println(text);
        out.flush();
    }

    /** Writes one line about a problem to standard error, at once. */
    public void problem(String text) {
        err.println(text);
        err.flush();
    }

    /** Standard output, for picocli's help and version texts. */
    public PrintWriter out() {
        return out;
    }

    /** Standard error, for picocli's usage messages. */
    public PrintWriter err() {
        return err;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }
}
