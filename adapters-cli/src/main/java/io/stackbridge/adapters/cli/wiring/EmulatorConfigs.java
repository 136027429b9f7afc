package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.AuthChoice;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.http.server.AuthMode;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.support.net.HostNames;

import java.net.URI;
import java.nio.file.Path;

/** The HTTP adapter's {@link EmulatorConfig} for the CLI's settings, on a port already chosen. */
final class EmulatorConfigs {

    static final String CA_FILE = "ca.pem";

    private EmulatorConfigs() {
    }

    /** The configuration of settings whose admin key is settled ({@link AdminKeyFile#settle}): none to generate any more. */
    static EmulatorConfig of(EmulatorSettings settings, int port) {
        Path state = settings.stateDirectory().toAbsolutePath();
        EmulatorConfig config = EmulatorConfig.inStateDirectory(state)
                .withHost(settings.host())
                .withHttpsPort(port)
                .withAuth(authMode(settings.auth()))
                .withCertificate(settings.certificate().absolute(), state.resolve(CA_FILE))
                .withAdminAccess(AdminKeyFile.access(settings.adminKey()));
        return settings.httpPort().fold(() -> config, config::withHttpPort);
    }

    /**
     * The URL the emulator will have once bound: what the fake Azure puts in keys and token issuers, what
     * the hosted stamp connects to. On all addresses ({@code 0.0.0.0}, {@code ::}, any spelling
     * {@link HostNames#selfHost} knows) it is the loopback
     * address of the same family: a URL this machine can use without any lookup, which strict auth's
     * audiences and issuers then name consistently.
     */
    static URI url(String host, int port) {
        return url("https", host, port);
    }

    static URI url(String scheme, String host, int port) {
        return URI.create(scheme + "://" + HostNames.inUrl(HostNames.selfHost(host)) + ":" + port);
    }

    static AuthMode authMode(AuthChoice choice) {
        return AuthMode.valueOf(choice.name());
    }

}
