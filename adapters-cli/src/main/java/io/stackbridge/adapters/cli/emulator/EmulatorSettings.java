package io.stackbridge.adapters.cli.emulator;

import io.stackbridge.adapters.support.net.HostNames;
import io.stackbridge.adapters.support.tls.CertificateSource;
import io.stackbridge.adapters.fakeazure.journal.JournalSize;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an emulator is started with: host (in {@link HostNames#normal} form: stripped, IPv6 without brackets), HTTPS port (0 = any free one), optional plain-HTTP port,
 * auth mode, world file (the well-known world when absent), certificate, state directory (the kept
 * certificate and the exported {@code ca.pem}), fault seed (the fake's fixed one when absent),
 * journal size (the number of calls the journal keeps) and the CLI stamp's data directory the portal
 * shows ({@code --stamp-dir}; the stamp serve hosts when absent) and whether the admin API asks for
 * a key ({@link AdminKeyChoice}; open when absent).
 */
public record EmulatorSettings(String host, int port, Option<Integer> httpPort, AuthChoice auth, Option<Path> worldFile,
                               CertificateSource certificate, Path stateDirectory, Option<Long> seed, int journalSize,
                               Option<Path> stampDirectory, AdminKeyChoice adminKey) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8443;

    public EmulatorSettings {
        host = HostNames.normal(Objects.requireNonNull(host, "host"));
        Objects.requireNonNull(httpPort, "httpPort");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(worldFile, "worldFile");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(stampDirectory, "stampDirectory");
        Objects.requireNonNull(adminKey, "adminKey");
        if (journalSize < 1 || journalSize > JournalSize.MAX) {
            throw new IllegalArgumentException("journalSize out of 1.." + JournalSize.MAX + ": " + journalSize);
        }
    }

    /** Settings whose admin API asks for no key. */
    public EmulatorSettings(String host, int port, Option<Integer> httpPort, AuthChoice auth, Option<Path> worldFile,
                            CertificateSource certificate, Path stateDirectory, Option<Long> seed, int journalSize,
                            Option<Path> stampDirectory) {
        this(host, port, httpPort, auth, worldFile, certificate, stateDirectory, seed, journalSize, stampDirectory, new AdminKeyChoice.Open());
    }

    /** Settings whose portal shows the stamp serve hosts. */
    public EmulatorSettings(String host, int port, Option<Integer> httpPort, AuthChoice auth, Option<Path> worldFile,
                            CertificateSource certificate, Path stateDirectory, Option<Long> seed, int journalSize) {
        this(host, port, httpPort, auth, worldFile, certificate, stateDirectory, seed, journalSize, Option.none());
    }

    /** Settings with the default journal size. */
    public EmulatorSettings(String host, int port, Option<Integer> httpPort, AuthChoice auth, Option<Path> worldFile,
                            CertificateSource certificate, Path stateDirectory, Option<Long> seed) {
        this(host, port, httpPort, auth, worldFile, certificate, stateDirectory, seed, JournalSize.DEFAULT);
    }

    /** 127.0.0.1, any free port, no plain HTTP, strict auth, the well-known world, a generated certificate in {@code stateDirectory}. */
    public static EmulatorSettings inProcess(Path stateDirectory) {
        return new EmulatorSettings(DEFAULT_HOST, 0, Option.none(), AuthChoice.STRICT, Option.none(),
                new CertificateSource.Generated(), stateDirectory, Option.none());
    }

    public EmulatorSettings withAuth(AuthChoice choice) {
        return new EmulatorSettings(host, port, httpPort, choice, worldFile, certificate, stateDirectory, seed, journalSize, stampDirectory, adminKey);
    }

    public EmulatorSettings withWorldFile(Path file) {
        return new EmulatorSettings(host, port, httpPort, auth, Option.some(file), certificate, stateDirectory, seed, journalSize, stampDirectory, adminKey);
    }

    public EmulatorSettings withSeed(long newSeed) {
        return new EmulatorSettings(host, port, httpPort, auth, worldFile, certificate, stateDirectory, Option.some(newSeed), journalSize, stampDirectory, adminKey);
    }

    public EmulatorSettings withPort(int newPort) {
        return new EmulatorSettings(host, newPort, httpPort, auth, worldFile, certificate, stateDirectory, seed, journalSize, stampDirectory, adminKey);
    }

    public EmulatorSettings withStateDirectory(Path directory) {
        return new EmulatorSettings(host, port, httpPort, auth, worldFile, certificate, directory, seed, journalSize, stampDirectory, adminKey);
    }

    public EmulatorSettings withCertificate(CertificateSource choice) {
        return new EmulatorSettings(host, port, httpPort, auth, worldFile, choice, stateDirectory, seed, journalSize, stampDirectory, adminKey);
    }

    public EmulatorSettings withJournalSize(int size) {
        return new EmulatorSettings(host, port, httpPort, auth, worldFile, certificate, stateDirectory, seed, size, stampDirectory, adminKey);
    }

    /** The same settings, the portal showing the CLI stamp kept in {@code directory} instead of the stamp serve hosts. */
    public EmulatorSettings withStampDirectory(Path directory) {
        return new EmulatorSettings(host, port, httpPort, auth, worldFile, certificate, stateDirectory, seed, journalSize, Option.some(directory), adminKey);
    }

    /** The same settings, the admin API and portal asking for the key {@code choice} says (or none). */
    public EmulatorSettings withAdminKey(AdminKeyChoice choice) {
        return new EmulatorSettings(host, port, httpPort, auth, worldFile, certificate, stateDirectory, seed, journalSize, stampDirectory, choice);
    }

    /** The same settings on another address. */
    public EmulatorSettings withHost(String newHost) {
        return new EmulatorSettings(newHost, port, httpPort, auth, worldFile, certificate, stateDirectory, seed, journalSize, stampDirectory, adminKey);
    }
}
