package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackProblem.CaCertificateUnusable;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.http.client.ArmCredential;
import io.stackbridge.adapters.http.client.ArmTarget;
import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpActivationKeyVerifier;
import io.stackbridge.adapters.http.client.HttpConnectivityProbe;
import io.stackbridge.adapters.http.client.HttpMarketplacePort;
import io.stackbridge.adapters.http.client.HttpPorts;
import io.stackbridge.adapters.http.client.HttpTransport;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The Azure a stack-side command chose to reach (its {@code AzureChoice}): none, a fresh fake in this process, or the emulator's
 * HTTPS clients trusting its CA certificate only, Resource Manager calls signed in as the stamp's
 * bridge principal at the emulator's token endpoint. The clients share one transport: the CA file is
 * read and the TLS context built once per command.
 */
final class ChosenAzure {

    private ChosenAzure() {
    }

    static Either<StackProblem, AzureForStamp> of(Option<AzureChoice> choice, BridgePrincipal principal) {
        if (choice.isEmpty()) {
            return Either.right(AzureForStamp.NONE);
        }
        if (choice.get() instanceof AzureChoice.Emulator emulator) {
            return overHttps(emulator, principal);
        }
        return Either.right(AzureForStamp.inProcess(FakeAzureComponent.create(FakeAzureSettings.defaults())));
    }

    private static Either<StackProblem, AzureForStamp> overHttps(AzureChoice.Emulator emulator, BridgePrincipal principal) {
        if (!Files.isRegularFile(emulator.caPem()) || !Files.isReadable(emulator.caPem())) {
            return Either.left(new CaCertificateUnusable(emulator.caPem(), "no such readable file"));
        }
        try {
            ClientConfig config = ClientConfig.trusting(emulator.caPem())
                    .withTimeouts(ClientConfig.DEFAULT_CONNECT_TIMEOUT, emulator.timeout());
            TokenRequest signIn = new TokenRequest(emulator.url(), principal.tenantId(), principal.clientId(), principal.secret().value(),
                    Emulator.MANAGEMENT_SCOPE, principal.certificate());
            HttpTransport transport = new HttpTransport(config);
            HttpPorts ports = HttpPorts.signedIn(transport, emulator.url(), signIn);
            HttpMarketplacePort marketplace = new HttpMarketplacePort(transport,
                    ArmTarget.of(emulator.url(), ArmCredential.signedIn(ports.tokens(), signIn, Clock.systemUTC())));
            return Either.right(new AzureForStamp.Ports(ports.registrations(), ports.tokens(), ports.usage(),
                    HttpActivationKeyVerifier.ofEmulator(transport, emulator.url()), new HttpConnectivityProbe(transport), marketplace));
        } catch (UncheckedIOException | IllegalArgumentException unusable) {
            return Either.left(new CaCertificateUnusable(emulator.caPem(), StartFailures.describe(unusable)));
        }
    }
}
