package io.stackbridge.adapters.http.server.support;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.adapters.http.server.RunningEmulator;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.junit.FakeAzure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** An emulator over a fresh fake Azure on 127.0.0.1, any free port, its certificate kept in a test's temporary folder. */
public final class TestEmulator implements AutoCloseable {

    public static final String SUBSCRIPTION = DefaultWorld.REGISTRATION_SUBSCRIPTION.value();
    public static final String EA_SUBSCRIPTION = DefaultWorld.EA_REGISTRATION_SUBSCRIPTION.value();
    public static final String GROUP = DefaultWorld.RESOURCE_GROUP.value();
    public static final String V2022 = "?api-version=2022-06-01";
    public static final String V2017 = "?api-version=2017-06-01";
    public static final String MANAGEMENT_SCOPE = "https://management.azure.com/.default";

    public final FakeAzure fake;
    public final EmulatorServer server;
    public final RunningEmulator running;
    public final Http http;
    public final Http anonymous;

    private TestEmulator(FakeAzure fake, EmulatorServer server, RunningEmulator running) {
        this.fake = fake;
        this.server = server;
        this.running = running;
        this.anonymous = new Http(running.httpsUrl(), PemTrust.of(running.caCertificate()), null);
        this.http = anonymous.withToken(managementToken());
    }

    public static TestEmulator start(Path directory) {
        return start(directory, config -> config);
    }

    public static TestEmulator start(Path directory, UnaryOperator<EmulatorConfig> tweak) {
        FakeAzure fake = FakeAzure.start();
        EmulatorConfig config = tweak.apply(EmulatorConfig.inStateDirectory(directory).withHangDuration(Duration.ofSeconds(3)));
        EmulatorServer server = new EmulatorServer(config, TestCloudSide.of(fake));
        try {
            return new TestEmulator(fake, server, server.start());
        } catch (Exception failed) {
            server.stop();
            throw new IllegalStateException("the emulator did not start", failed);
        }
    }

    /** A token of the default world's bridge principal for {@code scope}, issued by this emulator's cloud side. */
    public String token(String scope) {
        return fake.cloud().issueAccessToken().issue(new ClientCredentialsGrant(DefaultWorld.PARTNER_TENANT.value(),
                        "client_credentials", DefaultWorld.BRIDGE_CLIENT_ID.value(), DefaultWorld.BRIDGE_SECRET, scope))
                .getOrElseThrow(error -> new IllegalStateException(error.toString())).accessToken();
    }

    public String managementToken() {
        return token(MANAGEMENT_SCOPE);
    }

    public String usageToken() {
        return token(fake.endpoints().usageResourceUri() + "/.default");
    }

    public static String registrationPath(String subscription, String name) {
        return "/subscriptions/" + subscription + "/resourceGroups/" + GROUP + "/providers/Microsoft.AzureStack/registrations/" + name;
    }

    /** A registration body for a new stamp of {@code model}. */
    public String registrationBody(CloudId cloud, BillingModel model) {
        return "{\"location\":\"global\",\"properties\":{\"registrationToken\":\"" + fake.registrationToken(cloud, model) + "\"}}";
    }

    public static CloudId newCloud() {
        return CloudId.of(UUID.randomUUID().toString());
    }

    /** Creates a registration through the emulator; the name is {@code azurestack-<cloud>}. */
    public String register(String subscription, BillingModel model, CloudId cloud) {
        String path = registrationPath(subscription, "azurestack-" + cloud.value());
        Response created = http.put(path + V2022, registrationBody(cloud, model));
        if (created.status() != 201) {
            throw new AssertionError("registration not created: " + created.status() + " " + created.body());
        }
        return path;
    }

    public void reset() {
        fake.reset();
    }

    @Override
    public void close() {
        server.stop();
    }
}
