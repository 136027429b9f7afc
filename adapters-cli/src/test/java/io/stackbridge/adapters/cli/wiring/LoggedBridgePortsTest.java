package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.support.logs.LogLevel;
import io.stackbridge.adapters.support.logs.LogRole;
import io.stackbridge.adapters.support.logs.RoleLine;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.application.port.out.SleeperPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bridge's lines: sign-ins, attempts numbered per batch, the wait before a retry, one correlation ID per batch delivery, no secret. */
class LoggedBridgePortsTest {

    private static final String SECRET = "the-client-secret";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJicmlkZ2UifQ.c2lnbmF0dXJl";
    private static final URI USAGE = URI.create("https://usage.test");

    private final List<RoleLine> lines = new ArrayList<>();
    private final List<Duration> slept = new ArrayList<>();
    private int pushes;

    @Test
    void a_retried_batch_shares_its_correlation_id_and_the_next_batch_gets_another() {
        TokenPort tokens = request -> Either.right(new AccessToken(TOKEN, Instant.parse("2026-12-05T06:00:00Z")));
        UsagePushPort usage = push -> ++pushes == 1
                ? Either.<DomainError, PushReceipt>left(new BridgeError.NetworkError(USAGE.toString(), "connection reset"))
                : Either.right(new PushReceipt(push.batch().id(), push.batch().records().size(), false));
        AzureForStamp azure = AzureForStamp.logged(new AzureForStamp.Ports(AzureForStamp.NONE.registrations(), tokens, usage,
                AzureForStamp.NONE.activationKeyVerifier(), AzureForStamp.NONE.connectivityProbe(), AzureForStamp.NONE.marketplace()),
                lines::add);
        SleeperPort sleeper = azure.waits().around(slept::add);
        UsageBatch first = batch(0);
        UsageBatch second = batch(5);

        azure.tokens().acquire(new TokenRequest(USAGE, TenantId.of("aaaaaaaa-0001-4000-8000-000000000001"),
                ClientId.of("aaaaaaaa-0003-4000-8000-000000000001"), SECRET, "https://usage.test/.default"));
        azure.usage().push(new UsagePush(USAGE, first, TOKEN, Instant.now()));
        sleeper.sleep(Duration.ofSeconds(2));
        azure.usage().push(new UsagePush(USAGE, first, TOKEN, Instant.now()));
        azure.usage().push(new UsagePush(USAGE, second, TOKEN, Instant.now()));

        assertThat(slept).containsExactly(Duration.ofSeconds(2));
        assertThat(lines).hasSize(5).allMatch(line -> line.role() == LogRole.AzureBridge);
        assertThat(lines.get(0).message()).startsWith("sign-in of client aaaaaaaa-0003-4000-8000-000000000001 in tenant "
                + "aaaaaaaa-0001-4000-8000-000000000001 with a secret succeeded");
        assertThat(lines.get(1).level()).isEqualTo(LogLevel.WARN);
        assertThat(lines.get(1).code()).isEqualTo("NetworkError");
        assertThat(lines.get(1).message()).startsWith("push attempt 1 of batch " + first.id().value() + " (2 records, 2 hours from ")
                .endsWith("failed: NetworkError (transient, retried within the attempts allowed)");
        assertThat(lines.get(2).message()).isEqualTo("retry: waiting PT2S before attempt 2 of batch " + first.id().value());
        assertThat(lines.get(3).message()).startsWith("push attempt 2 of batch " + first.id().value()).contains("succeeded: 2 records confirmed");
        assertThat(lines.get(4).message()).startsWith("push attempt 1 of batch " + second.id().value());
        assertThat(lines.subList(0, 4)).extracting(RoleLine::correlation).containsOnly(lines.get(0).correlation());
        assertThat(lines.get(4).correlation()).isNotEqualTo(lines.get(0).correlation());
        assertThat(lines).extracting(RoleLine::message).noneMatch(message -> message.contains(SECRET) || message.contains("eyJ"));
    }

    private static UsageBatch batch(int hour) {
        return UsageBatch.of(new CloudId(io.stackbridge.domain.id.Guid.random()),
                io.vavr.collection.List.of(StoredRecords.at(hour, "vm-1"), StoredRecords.at(hour + 1, "vm-1")));
    }
}
