package io.stackbridge.adapters.cli.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The program's only door to the standard streams: results go to standard output, problems to standard error, input comes from standard input. */
public final class ConsoleOutput {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Reader in;
    private final boolean terminal;
    private final AtomicReference<TerminalProgress> drawn = new AtomicReference<>();

    public ConsoleOutput(PrintWriter out, PrintWriter err) {
        this(out, err, new StringReader(""));
    }

    public ConsoleOutput(PrintWriter out, PrintWriter err, Reader in) {
        this(out, err, in, false);
    }

    /** With {@code terminal}, standard output is a terminal that people watch: long work shows its progress on standard error. */
    public ConsoleOutput(PrintWriter out, PrintWriter err, Reader in, boolean terminal) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.in = Objects.requireNonNull(in, "in");
        this.terminal = terminal;
    }

    /** The process's own standard output, standard error and standard input; a terminal when Java sees a console. */
    public static ConsoleOutput system() {
        return new ConsoleOutput(writer(System.out), writer(System.err), new InputStreamReader(System.in, Charset.defaultCharset()),
                System.console() != null);
    }

    /** Writes one line of result to standard output, at once. */
    public void line(String text) {
        wipeProgress();
        out.println(text);
        out.flush();
    }

    /** Writes one line about a problem to standard error, at once. */
    public void problem(String text) {
        wipeProgress();
        err.println(text);
        err.flush();
    }

    /**
     * The progress of long work of {@code total} units named {@code task}: a bar redrawn on standard
     * error while standard output is a terminal, and {@link Progress#NONE} otherwise (output read by a
     * program, a file, a pipe) or when {@code wanted} is false ({@code --output json}). One bar at a time.
     */
    public Progress progress(String task, long total, boolean wanted) {
        if (!terminal || !wanted || drawn.get() != null) {
            return Progress.NONE;
        }
        TerminalProgress bar = new TerminalProgress(err, task, total, () -> drawn.set(null));
        drawn.set(bar);
        return bar;
    }

    private void wipeProgress() {
        TerminalProgress bar = drawn.get();
        if (bar != null) {
            bar.wipe();
        }
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
