package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.AuthChoice;
import io.stackbridge.adapters.cli.emulator.CertificateChoice;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.http.server.AuthMode;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.tls.CertificateSource;

import java.net.URI;
import java.nio.file.Path;

/** The HTTP adapter's {@link EmulatorConfig} for the CLI's settings, on a port already chosen. */
final class EmulatorConfigs {

    static final String CA_FILE = "ca.pem";

    private EmulatorConfigs() {
    }

    static EmulatorConfig of(EmulatorSettings settings, int port) {
        Path state = settings.stateDirectory().toAbsolutePath();
        EmulatorConfig config = EmulatorConfig.inStateDirectory(state)
                .withHost(settings.host())
                .withHttpsPort(port)
                .withAuth(authMode(settings.auth()))
                .withCertificate(source(settings.certificate(), state), state.resolve(CA_FILE));
        return settings.httpPort().fold(() -> config, config::withHttpPort);
    }

    /** The URL the emulator will have once bound: what the fake Azure puts in keys and token issuers. */
    static URI url(String host, int port) {
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("https://" + shown + ":" + port);
    }

    static AuthMode authMode(AuthChoice choice) {
        return AuthMode.valueOf(choice.name());
    }

    private static CertificateSource source(CertificateChoice choice, Path state) {
        if (choice instanceof CertificateChoice.Pkcs12 store) {
            return new CertificateSource.Pkcs12(store.file().toAbsolutePath(), store.password());
        }
        if (choice instanceof CertificateChoice.Pem pem) {
            return new CertificateSource.Pem(pem.certificate().toAbsolutePath(), pem.privateKey().toAbsolutePath());
        }
        return new CertificateSource.Generated(state);
    }
}
