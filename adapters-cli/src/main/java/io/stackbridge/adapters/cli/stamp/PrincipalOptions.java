package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.CertificateCredential;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.stamp.BridgePrincipal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.stackbridge.adapters.cli.stack.OptionValues.valid;

/** The bridge's service principal a new stamp keeps; each part defaults to the well-known world's bridge principal. */
public final class PrincipalOptions {

    @Option(names = "--tenant-id", paramLabel = "GUID", description = "The principal's Entra tenant (default: the well-known partner tenant).")
    private String tenantId;

    @Option(names = "--client-id", paramLabel = "GUID", description = "The principal's client ID (default: the well-known bridge client).")
    private String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET", description = "The principal's secret (default: the well-known one).")
    private String clientSecret;

    @Option(names = "--client-certificate", paramLabel = "FILE",
            description = "A PEM file with the principal's certificate and its private key (PKCS#8): the bridge then signs in "
                    + "with a client assertion instead of the secret.")
    private Path clientCertificate;

    @Option(names = "--object-id", paramLabel = "GUID",
            description = "The principal's object ID, written into the registration token (default: the well-known one).")
    private String objectId;

    BridgePrincipal of(CommandSpec spec, CliText text, DevPrincipal wellKnown, URI login) {
        return new BridgePrincipal(login,
                valid(spec, text, "--tenant-id", TenantId.parse(orElse(tenantId, wellKnown.tenantId()))),
                valid(spec, text, "--client-id", ClientId.parse(orElse(clientId, wellKnown.clientId()))),
                valid(spec, text, "--object-id", ObjectId.parse(orElse(objectId, wellKnown.objectId()))),
                clientCertificate != null && clientSecret == null ? ClientSecret.unusable()
                        : new ClientSecret(orElse(clientSecret, wellKnown.clientSecret())),
                io.vavr.control.Option.of(clientCertificate).map(file -> valid(spec, text, "--client-certificate",
                        CertificateCredential.parse(file.toString(), read(file)))));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | UncheckedIOException unreadable) {
            return "";
        }
    }

    private static String orElse(String given, String wellKnown) {
        return given == null ? wellKnown : given;
    }
}
