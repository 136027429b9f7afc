package io.stackbridge.adapters.cli.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.Objects;

/** The program's only door to the standard streams: results go to standard output, problems to standard error, input comes from standard input. */
public final class ConsoleOutput {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Reader in;

    public ConsoleOutput(PrintWriter out, PrintWriter err) {
        this(out, err, new StringReader(""));
    }

    public ConsoleOutput(PrintWriter out, PrintWriter err, Reader in) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.in = Objects.requireNonNull(in, "in");
    }

    /** The process's own standard output, standard error and standard input. */
    public static ConsoleOutput system() {
        return new ConsoleOutput(writer(System.out), writer(System.err), new InputStreamReader(System.in, Charset.defaultCharset()));
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

    /** Standard input, read as text (an activation key given as {@code -}). */
    public BufferedReader input() {
        return in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }
}
