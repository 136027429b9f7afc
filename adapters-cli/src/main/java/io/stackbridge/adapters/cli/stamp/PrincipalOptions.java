package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.stamp.BridgePrincipal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.net.URI;

import static io.stackbridge.adapters.cli.stack.OptionValues.valid;

/** The bridge's service principal a new stamp keeps; each part defaults to the well-known world's bridge principal. */
public final class PrincipalOptions {

    @Option(names = "--tenant-id", paramLabel = "GUID", description = "The principal's Entra tenant (default: the well-known partner tenant).")
    private String tenantId;

    @Option(names = "--client-id", paramLabel = "GUID", description = "The principal's client ID (default: the well-known bridge client).")
    private String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET", description = "The principal's secret (default: the well-known one).")
    private String clientSecret;

    @Option(names = "--object-id", paramLabel = "GUID",
            description = "The principal's object ID, written into the registration token (default: the well-known one).")
    private String objectId;

    BridgePrincipal of(CommandSpec spec, CliText text, DevPrincipal wellKnown, URI login) {
        return new BridgePrincipal(login,
                valid(spec, text, "--tenant-id", TenantId.parse(orElse(tenantId, wellKnown.tenantId()))),
                valid(spec, text, "--client-id", ClientId.parse(orElse(clientId, wellKnown.clientId()))),
                valid(spec, text, "--object-id", ObjectId.parse(orElse(objectId, wellKnown.objectId()))),
                new ClientSecret(orElse(clientSecret, wellKnown.clientSecret())));
    }

    private static String orElse(String given, String wellKnown) {
        return given == null ? wellKnown : given;
    }
}
