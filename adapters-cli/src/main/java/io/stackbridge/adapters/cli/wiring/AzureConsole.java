package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.azure.AzureSide;
import io.stackbridge.adapters.cli.azure.AzureSideOpener;
import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackProblem.CaCertificateUnusable;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpPorts;
import io.stackbridge.adapters.http.client.HttpTransport;
import io.stackbridge.adapters.http.client.admin.HttpEmulatorAdminPort;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The terminal's ports to an emulated Azure ({@link AzureSide}) from an {@link AzureChoice}: over
 * HTTPS, the emulator's admin API and Resource Manager signed in as the well-known development
 * principal, one transport trusting the CA file only, the admin API's also trusting the intercepting proxy's certificate
 * the emulator writes beside it (the tls-interception fault's); in process, a fake of its own or one given.
 */
public final class AzureConsole implements AzureSideOpener {

    @Inject
    public AzureConsole() {
    }

    @Override
    public Either<StackProblem, AzureSide> open(AzureChoice choice) {
        return of(choice);
    }

    /** The ports of {@code choice}: a fresh fake in process, or the emulator at its URL. */
    public static Either<StackProblem, AzureSide> of(AzureChoice choice) {
        if (choice instanceof AzureChoice.Emulator emulator) {
            return overHttps(emulator, DevPrincipals.BRIDGE);
        }
        return Either.right(inProcess(FakeAzureComponent.create(FakeAzureSettings.defaults())));
    }

    /** The ports of a fake Azure already running in this process (the demo's, a lab's). */
    public static AzureSide inProcess(FakeAzureComponent fake) {
        return new AzureSide(fake.emulatorAdminPort(), fake.registrationPort(), fake.customerSubscriptionPort());
    }

    /** The emulator's ports, Resource Manager calls signed in as {@code principal} at the emulator's token endpoint. */
    static Either<StackProblem, AzureSide> overHttps(AzureChoice.Emulator emulator, DevPrincipal principal) {
        if (!Files.isRegularFile(emulator.caPem()) || !Files.isReadable(emulator.caPem())) {
            return Either.left(new CaCertificateUnusable(emulator.caPem(), "no such readable file"));
        }
        try {
            ClientConfig config = ClientConfig.trusting(emulator.caPem())
                    .withTimeouts(ClientConfig.DEFAULT_CONNECT_TIMEOUT, emulator.timeout());
            HttpTransport transport = new HttpTransport(config);
            TokenRequest signIn = new TokenRequest(emulator.url(), TenantId.of(principal.tenantId()), ClientId.of(principal.clientId()),
                    principal.clientSecret(), Emulator.MANAGEMENT_SCOPE);
            HttpPorts ports = HttpPorts.signedIn(transport, emulator.url(), signIn);
            HttpEmulatorAdminPort admin = HttpEmulatorAdminPort.forOperator(config, emulator.caPem(), emulator.url(),
                    emulator.adminKey());
            return Either.right(new AzureSide(admin, ports.registrations(),
                    ports.customerSubscriptions()));
        } catch (UncheckedIOException | IllegalArgumentException unusable) {
            return Either.left(new CaCertificateUnusable(emulator.caPem(), StartFailures.describe(unusable)));
        }
    }
}
