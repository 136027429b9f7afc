package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.cli.emulator.Emulator;

/**
 * The one line {@code serve} prints once the emulator listens: its URL, the CA certificate to trust,
 * and a curl command that gets a Resource Manager token for the well-known bridge principal.
 */
final class StartupLine {

    private StartupLine() {
    }

    static String of(Emulator emulator, CliText text) {
        DevPrincipal principal = emulator.bridgePrincipal();
        Object[] values = {emulator.url(), emulator.caPem(), principal.clientId(), principal.clientSecret(), Emulator.MANAGEMENT_SCOPE,
                emulator.tokenUrl(), emulator.httpUrl().map(Object::toString).getOrElse("")};
        return text.format(emulator.httpUrl().isDefined() ? "serve.startedWithHttp" : "serve.started", values);
    }
}
