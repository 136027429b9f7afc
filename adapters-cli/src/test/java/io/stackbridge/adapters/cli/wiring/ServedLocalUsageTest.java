package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.support.CaTrust;
import io.stackbridge.adapters.stamp.usage.DefaultLocalDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An emulator started as `serve` starts it answers the stamp's usage APIs over HTTPS straight away. */
class ServedLocalUsageTest {

    private static final Instant TODAY = Instant.now().truncatedTo(ChronoUnit.DAYS);

    @TempDir
    Path state;

    private Emulator emulator;

    @AfterEach
    void stop() {
        emulator.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(CaTrust.sslContext(emulator.caPem())).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.url() + path))
                .header("Authorization", "Bearer " + emulator.managementToken()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_provider_and_tenant_usage_apis_answer_with_the_simulated_usage() throws Exception {
        emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state)).get();
        String period = "?api-version=2015-06-01-preview&reportedStartTime=" + TODAY.minus(1, ChronoUnit.DAYS) + "&reportedEndTime=" + TODAY;

        HttpResponse<String> provider = get("/subscriptions/" + DefaultLocalDirectory.PROVIDER
                + "/providers/Microsoft.Commerce.Admin/subscriberUsageAggregates" + period);
        HttpResponse<String> tenant = get("/subscriptions/" + DefaultLocalDirectory.FABRIKAM
                + "/providers/Microsoft.Commerce/usageAggregates" + period + "&aggregationGranularity=hourly");

        assertThat(provider.statusCode()).as(provider.body()).isEqualTo(200);
        assertThat(provider.body()).contains("\"type\":\"Microsoft.Commerce.Admin/UsageAggregate\"", DefaultLocalDirectory.CONTOSO.value());
        assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(200);
        assertThat(tenant.body()).contains("\"type\":\"Microsoft.Commerce/UsageAggregate\"", DefaultLocalDirectory.FABRIKAM.value())
                .doesNotContain(DefaultLocalDirectory.CONTOSO.value());
    }
}
