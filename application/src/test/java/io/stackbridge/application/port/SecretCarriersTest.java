package io.stackbridge.application.port;

import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.IssuedToken;
import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase.Submission;
import io.stackbridge.application.port.out.ConnectivityProbePort.UsageProbe;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.UsageBatch;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The requests and answers of the ports that carry a secret print without it, so no log line or message built from them shows one. */
class SecretCarriersTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl";
    private static final URI USAGE = URI.create("https://127.0.0.1:8443");
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void every_carrier_prints_without_its_token_secret_or_assertion() {
        CloudId cloud = CloudId.parse("12345678-aaaa-4bbb-8ccc-1234567890ab").get();
        UsageBatch batch = UsageBatch.of(cloud, UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()), NOW)
                .hourly("1"));

        assertThat(new UsagePush(USAGE, batch, TOKEN, NOW).toString()).doesNotContain(TOKEN).contains(batch.id().toString());
        assertThat(new UsageProbe(USAGE, cloud, TOKEN, NOW).toString()).doesNotContain(TOKEN);
        assertThat(new Submission(batch, TOKEN, NOW).toString()).doesNotContain(TOKEN);
        assertThat(new AccessToken(TOKEN, NOW).toString()).doesNotContain(TOKEN);
        assertThat(new IssuedToken(TOKEN, NOW, 3600).toString()).doesNotContain(TOKEN);
        assertThat(new ClientCredentialsGrant("tenant", "client_credentials", "client", "Sb~secret", "scope", "type", TOKEN).toString())
                .doesNotContain(TOKEN).doesNotContain("Sb~secret");
    }
}
