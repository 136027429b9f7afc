package io.stackbridge.adapters.http.server.hostile;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.adapters.http.server.RunningEmulator;
import io.stackbridge.adapters.http.server.localusage.StampUsageQueries;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestServer;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.adapters.http.server.usage.MsDate;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.service.localusage.LocalUsageServices;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.junit.FakeAzure;

import javax.net.ssl.SSLContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The emulator the hostile requests go to, as {@code serve} runs it: every surface (Resource Manager,
 * Entra ID, usage push, a simulated stamp's usage APIs, the admin API), strict auth, HTTPS on
 * 127.0.0.1 and a free port. Before the run it holds one registration approved for tenants, one
 * tenant mapping and one pushed usage batch, so that the hostile requests meet real resources.
 */
final class HostileEmulator implements AutoCloseable {

    private static final String ADMIN = "/_stackbridge";

    final FakeAzure fake = FakeAzure.start();
    final EmulatorServer server;
    final RunningEmulator running;
    final SSLContext trust;
    final Http anonymous;
    final Http arm;
    final Targets targets;

    HostileEmulator(Path directory) throws Exception {
        LocalUsageServices stamp = LocalUsageServices.of(42, 2);
        stamp.simulate.simulate(new Simulation(Instant.parse("2026-11-20T15:00:00Z"), 48)).get();
        EmulatorConfig config = EmulatorConfig.inStateDirectory(directory).withHangDuration(Duration.ofSeconds(3));
        server = TestServer.over(fake, config).withLocalUsage(new StampUsageQueries(stamp.provider, stamp.tenant));
        running = server.start();
        trust = PemTrust.sslContext(running.caCertificate());
        anonymous = new Http(running.httpsUrl(), trust, null);
        String management = token("https://management.azure.com/.default");
        arm = anonymous.withToken(management);
        targets = prepare(management);
    }

    private Targets prepare(String management) {
        String subscription = DefaultWorld.REGISTRATION_SUBSCRIPTION.value();
        String group = DefaultWorld.RESOURCE_GROUP.value();
        CloudId cloud = CloudId.of(UUID.randomUUID().toString());
        String name = "azurestack-" + cloud.value();
        String registrationBody = "{\"location\":\"global\",\"properties\":{\"registrationToken\":\""
                + fake.registrationToken(cloud, BillingModel.PayAsYouUse) + "\"}}";
        expect(201, arm.put(Targets.registrationPath(subscription, group, name) + "?" + Targets.V2022, registrationBody));
        expect(200, anonymous.put(ADMIN + "/approvals/" + subscription + "/" + group + "/" + name, null));
        String customer = DefaultWorld.CONTOSO_SUBSCRIPTION.value();
        expect(200, arm.put(Targets.registrationPath(subscription, group, name) + "/customerSubscriptions/" + customer + "?" + Targets.V2022,
                "{\"properties\":{\"tenantId\":\"" + DefaultWorld.CONTOSO_TENANT + "\"}}"));
        String usage = token(fake.endpoints().usageResourceUri() + "/.default");
        UsageBatch pushed = Usage.batch(cloud, 3, "1.5");
        expect(200, anonymous.withToken(usage).withHeader(MsDate.HEADER, MsDate.format(Instant.now())).put(Usage.path(pushed), Usage.body(pushed)));
        UsageBatch other = Usage.batch(cloud, 2, "2.5");
        return new Targets(subscription, group, name, customer, cloud.value(), pushed.id().value(), registrationBody, Usage.body(other),
                DefaultWorld.PARTNER_TENANT.value(), management, usage, expiredToken(), usage);
    }

    /** A management token issued when the emulated clock stood two hours back: expired now. */
    private String expiredToken() {
        expect(200, anonymous.put(ADMIN + "/clock", "{\"offsetSeconds\":-7200}"));
        String expired = token("https://management.azure.com/.default");
        expect(200, anonymous.put(ADMIN + "/clock", "{\"offsetSeconds\":0}"));
        Response refused = anonymous.withToken(expired).get(Targets.registrationPath(DefaultWorld.REGISTRATION_SUBSCRIPTION.value(),
                DefaultWorld.RESOURCE_GROUP.value(), "x") + "?" + Targets.V2022);
        if (refused.status() != 401 || !refused.body().contains("expired")) {
            throw new IllegalStateException("the expired token is not refused as expired: " + refused.body());
        }
        return expired;
    }

    private String token(String scope) {
        return fake.cloud().issueAccessToken().issue(new ClientCredentialsGrant(DefaultWorld.PARTNER_TENANT.value(), "client_credentials",
                        DefaultWorld.BRIDGE_CLIENT_ID.value(), DefaultWorld.BRIDGE_SECRET, scope))
                .getOrElseThrow(error -> new IllegalStateException(error.toString())).accessToken();
    }

    private static void expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("setting up: expected " + status + ", got " + response.status() + " " + response.body());
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
