package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.support.CaTrust;
import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpPorts;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_CLIENT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_SECRET;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.PARTNER_TENANT;

/** A running emulator, found from serve's startup line, reached as a stamp and its bridge reach it: the HTTP clients over HTTPS. */
final class EmulatorClient {

    private static final String MANAGEMENT = "https://management.azure.com/.default";

    private final URI url;
    private final Path caPem;
    private final HttpPorts ports;

    private EmulatorClient(URI url, Path caPem) {
        this.url = url;
        this.caPem = caPem;
        this.ports = HttpPorts.signedIn(ClientConfig.trusting(caPem), url, request(MANAGEMENT));
    }

    /** The emulator that printed {@code startupLine}. */
    static EmulatorClient of(String startupLine) {
        Matcher line = ServeCommandTest.STARTUP.matcher(startupLine);
        if (!line.matches()) {
            throw new AssertionError("not a startup line: " + startupLine);
        }
        return new EmulatorClient(URI.create(line.group(1)), Path.of(line.group(3)));
    }

    Either<DomainError, RegistrationSummary> register(RegistrationKey key, CloudId cloudId) {
        String token = new JsonRegistrationTokenCodec().encode(StampTokens.content(cloudId, BillingModel.PayAsYouUse));
        return ports.registrations().createOrUpdate(key, token).map(written -> written.resource());
    }

    Either<DomainError, RegistrationSummary> registration(RegistrationKey key) {
        return ports.registrations().get(key);
    }

    /** Pushes with a fresh usage token of the bridge principal and this machine's clock. */
    Either<DomainError, PushReceipt> push(UsageBatch batch) {
        String token = ports.tokens().acquire(request(AzureEndpoints.IN_PROCESS.usageResourceUri() + "/.default")).get().value();
        return ports.usage().push(new UsagePush(url, batch, token, Instant.now()));
    }

    /** {@code POST /_stackbridge/reset}; the status code. */
    int reset() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(caPem)).build();
        return http.send(HttpRequest.newBuilder(url.resolve("/_stackbridge/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private TokenRequest request(String scope) {
        return new TokenRequest(url, PARTNER_TENANT, BRIDGE_CLIENT_ID, BRIDGE_SECRET, scope);
    }
}
