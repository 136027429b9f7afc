package io.stackbridge.adapters.cli.console;

import io.stackbridge.adapters.cli.support.StackCli;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress bars: drawn on standard error while standard output is a terminal, and never off a terminal or with --output json. */
class ProgressTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ConsoleOutput console(boolean terminal) {
        return new ConsoleOutput(new PrintWriter(out), new PrintWriter(err), new StringReader(""), terminal);
    }

    @Test
    void off_a_terminal_there_is_no_progress_at_all() {
        try (Progress progress = console(false).progress("Pushing", 10, true)) {
            progress.advance(10);
            assertThat(progress).isSameAs(Progress.NONE);
            assertThat(progress.drawn()).isFalse();
        }

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void on_a_terminal_with_json_output_there_is_no_progress_either() {
        try (Progress progress = console(true).progress("Pushing", 10, false)) {
            progress.advance(10);
            assertThat(progress).isSameAs(Progress.NONE);
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void on_a_terminal_a_bar_is_drawn_on_standard_error_and_wiped_before_a_line_of_output() {
        ConsoleOutput console = console(true);
        try (Progress progress = console.progress("Pushing", 10, true)) {
            assertThat(progress.drawn()).isTrue();
            assertThat(console.progress("Another", 5, true)).as("one bar at a time").isSameAs(Progress.NONE);
            progress.advance(10);
            console.line("done");
        }

        assertThat(err.toString()).contains("Pushing", "\r\u001b[K");
        assertThat(out.toString()).isEqualTo("done" + System.lineSeparator());
        assertThat(console.progress("Again", 1, true).drawn()).as("a closed bar makes room for the next").isTrue();
    }

    @Test
    void a_command_whose_output_is_captured_prints_no_progress() {
        var simulate = StackCli.run("usage", "simulate", "--data-dir", "target/no-such-stamp-for-progress", "--output", "json");

        assertThat(simulate.err()).doesNotContain("\r");
    }
}
