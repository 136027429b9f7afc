package io.stackbridge.adapters.cli.console;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;

/**
 * A progress bar (me.tongfei:progressbar) redrawn in place on the terminal's standard error: the task,
 * the share done, the units done out of the total, and the time left. Only {@link ConsoleOutput} makes one.
 */
final class TerminalProgress implements Progress {

    /** How often the bar is redrawn, at most. */
    private static final int REDRAW_MILLIS = 200;
    private static final int WIDTH = 100;

    private final ProgressBar bar;
    private final PrintWriter terminal;
    private final Runnable closed;

    TerminalProgress(PrintWriter terminal, String task, long total, Runnable closed) {
        this.terminal = terminal;
        this.closed = closed;
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(REDRAW_MILLIS)
                .setConsumer(new DelegatingProgressBarConsumer(this::draw, WIDTH))
                .build();
    }

    private void draw(String rendered) {
        synchronized (terminal) {
            terminal.print('\r' + rendered);
            terminal.flush();
        }
    }

    /** Wipes the bar's line, so that a line of output takes its place; the next redraw puts it back below. */
    void wipe() {
        synchronized (terminal) {
            terminal.print("\r\u001b[K");
            terminal.flush();
        }
    }

    @Override
    public boolean drawn() {
        return true;
    }

    @Override
    public void advance(long done) {
        bar.stepBy(done);
    }

    @Override
    public void close() {
        bar.close();
        wipe();
        closed.run();
    }
}
