package io.stackbridge.adapters.http.server.races;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.vavr.control.Option;

import java.nio.file.Path;

/**
 * The emulator as {@code serve --data-dir} starts it (its registrations, tenants and ledger in
 * {@code emulator.db}), on 127.0.0.1 and a free port; {@link #restarted()} stops it and starts it
 * again on the same data directory, as an operator would.
 */
final class DurableEmulator implements RacedEmulator, AutoCloseable {

    private final Path directory;
    private final Emulator emulator;
    private final Http anonymous;
    private final Http http;

    private DurableEmulator(Path directory, Emulator emulator) {
        this.directory = directory;
        this.emulator = emulator;
        this.anonymous = new Http(emulator.url(), PemTrust.sslContext(emulator.caPem()), null);
        this.http = anonymous.withToken(emulator.managementToken());
    }

    /** Started over {@code directory}'s {@code data} folder (made on the first start), its certificate in {@code state}. */
    static DurableEmulator start(Path directory) {
        Emulator started = new EmulatorLauncher().start(EmulatorSettings.inProcess(directory.resolve("state")),
                        Option.some(directory.resolve("data")))
                .getOrElseThrow(failure -> new IllegalStateException("the emulator did not start: " + failure));
        return new DurableEmulator(directory, started);
    }

    DurableEmulator restarted() {
        close();
        return start(directory);
    }

    @Override
    public Http http() {
        return http;
    }

    @Override
    public Http anonymous() {
        return anonymous;
    }

    @Override
    public String usageToken() {
        return emulator.usageToken();
    }

    @Override
    public void close() {
        emulator.stop();
    }
}
