package io.stackbridge.adapters.cli.marketplace;

import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackProblem;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** The stamp's gallery is files in its data directory: one that cannot be read or written is a coded problem, never a stack trace. */
final class GalleryFailures {

    private GalleryFailures() {
    }

    static int guarded(StackConsole out, Supplier<Integer> work) {
        try {
            return work.get();
        } catch (UncheckedIOException unusable) {
            return out.problem(new StackProblem.DataStoreUnavailable(String.valueOf(unusable.getCause().getMessage())));
        }
    }
}
