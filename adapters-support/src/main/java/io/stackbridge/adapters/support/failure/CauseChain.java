package io.stackbridge.adapters.support.failure;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** An exception and its causes, walked once: what several adapters look into to name a failure. */
public final class CauseChain {

    private CauseChain() {
    }

    /** The exception and its causes, outermost first; a cause met a second time (a cycle) ends the chain. */
    public static List<Throwable> of(Throwable thrown) {
        List<Throwable> chain = List.empty();
        for (Throwable cause = thrown; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain = chain.append(cause);
        }
        return chain;
    }

    /** The outermost exception of the chain that is a {@code kind}. */
    public static <T extends Throwable> Option<T> first(Throwable thrown, Class<T> kind) {
        return of(thrown).find(kind::isInstance).map(kind::cast);
    }
}
