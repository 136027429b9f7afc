package io.stackbridge.adapters.http.server.localusage;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.adapters.http.server.RunningEmulator;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.PemTrust;
import io.stackbridge.adapters.http.server.support.TestCloudSide;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.service.localusage.LocalUsageServices;
import io.stackbridge.junit.FakeAzure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * An emulator over a fresh fake Azure that also serves a simulated stamp: the local usage
 * services' test hierarchy, two stacks per tenant seeded 42, 48 hours ending at 15:00 on
 * 20 November 2026, and a stamp clock stopped at 15:30 that day.
 */
final class StampEmulator implements AutoCloseable {

    static final Instant LAST_HOUR_END = Instant.parse("2026-11-20T15:00:00Z");

    final FakeAzure fake = FakeAzure.start();
    final LocalUsageServices stamp = LocalUsageServices.of(42, 2);
    final EmulatorServer server;
    final RunningEmulator running;
    final Http anonymous;
    final Http http;

    StampEmulator(Path directory) throws Exception {
        stamp.simulate.simulate(new Simulation(LAST_HOUR_END, 48)).get();
        EmulatorConfig config = EmulatorConfig.inStateDirectory(directory).withHangDuration(Duration.ofSeconds(3));
        server = new EmulatorServer(config, TestCloudSide.of(fake), new StampSide(stamp.provider, stamp.tenant));
        running = server.start();
        anonymous = new Http(running.httpsUrl(), PemTrust.of(running.caCertificate()), null);
        http = anonymous.withToken(managementToken());
    }

    private String managementToken() {
        return fake.cloud().issueAccessToken().issue(new ClientCredentialsGrant(DefaultWorld.PARTNER_TENANT.value(), "client_credentials",
                        DefaultWorld.BRIDGE_CLIENT_ID.value(), DefaultWorld.BRIDGE_SECRET, "https://management.azure.com/.default"))
                .getOrElseThrow(error -> new IllegalStateException(error.toString())).accessToken();
    }

    @Override
    public void close() {
        server.stop();
    }
}
