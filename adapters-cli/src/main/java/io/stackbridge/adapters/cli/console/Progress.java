package io.stackbridge.adapters.cli.console;

/**
 * How far long work has come (records simulated, records pushed, steps of the demo), drawn as a bar
 * on a terminal, or nothing at all: off a terminal and with {@code --output json}, {@link #NONE}.
 */
public interface Progress extends AutoCloseable {

    /** The progress of nobody watching: every call does nothing. */
    Progress NONE = new Progress() {
        @Override
        public void advance(long done) {
        }

        @Override
        public void close() {
        }
    };

    /** Whether anybody sees it: work that would run in one go may run in parts to show it moving. */
    default boolean drawn() {
        return false;
    }

    /** {@code done} more units of the work are done. */
    void advance(long done);

    /** The work is over: the bar is drawn one last time and its line given back. */
    @Override
    void close();
}
