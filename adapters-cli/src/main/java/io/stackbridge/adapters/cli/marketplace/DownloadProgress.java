package io.stackbridge.adapters.cli.marketplace;

import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.domain.marketplace.DownloadStep;
import java.util.function.Consumer;
import io.vavr.control.Option;

/**
 * Shows a download's progress a line at a time: one when a file starts (or resumes), then one at each
 * quarter of it; keeps the last file's state for the message of an interrupted download.
 */
final class DownloadProgress implements Consumer<DownloadStep> {

    /** Where the last file stood. */
    record Kept(String file, long received, long length) {
    }

    private final StackConsole out;
    private String file;
    private int quarter;
    private Kept last;

    DownloadProgress(StackConsole out) {
        this.out = out;
    }

    @Override
    public void accept(DownloadStep step) {
        String name = step.file();
        long from = step.from();
        long received = step.received();
        long length = step.length();
        if (!name.equals(file)) {
            file = name;
            quarter = length > 0 ? (int) (4 * from / length) : 0;
            out.say(from > 0 ? "marketplace.download.resume" : "marketplace.download.file", name, length, from);
        }
        last = new Kept(name, received, length);
        int reached = length > 0 ? (int) (4 * received / length) : 4;
        if (reached > quarter) {
            quarter = reached;
            out.say("marketplace.download.progress", name, 25 * reached, received, length);
        }
    }

    Option<Kept> last() {
        return Option.of(last).filter(kept -> kept.received() < kept.length());
    }
}
