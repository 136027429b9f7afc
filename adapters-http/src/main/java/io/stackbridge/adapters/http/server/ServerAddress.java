package io.stackbridge.adapters.http.server;

import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Where this emulator listens, once it has started (nothing before): the health answer's URLs, the
 * token endpoint's base in {@code WWW-Authenticate} and the emulator's own token audiences come from it.
 */
@Singleton
public final class ServerAddress {

    private volatile RunningEmulator running;

    @Inject
    public ServerAddress() {
    }

    public Option<RunningEmulator> now() {
        return Option.of(running);
    }

    void listening(RunningEmulator now) {
        running = now;
    }

    void stopped() {
        running = null;
    }
}
