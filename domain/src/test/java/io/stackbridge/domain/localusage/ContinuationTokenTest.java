package io.stackbridge.domain.localusage;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static io.stackbridge.domain.localusage.LocalUsageSamples.P0;
import static io.stackbridge.domain.localusage.LocalUsageSamples.T1;
import static org.assertj.core.api.Assertions.assertThat;

class ContinuationTokenTest {

    private static final UsageQuery QUERY = new UsageQuery(UsageApi.PROVIDER, P0, Instant.parse("2026-11-20T00:00:00Z"),
            Instant.parse("2026-11-21T00:00:00Z"), Granularity.HOURLY, Option.none(), 0);

    @Test
    void a_token_is_base64url_of_version_offset_and_fingerprint() {
        String token = ContinuationToken.after(QUERY, 2000).encode();

        assertThat(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)).isEqualTo("1:2000:" + QUERY.fingerprint());
        assertThat(ContinuationToken.decode(token)).containsExactly(new ContinuationToken(2000, QUERY.fingerprint()));
    }

    @Test
    void the_fingerprint_ignores_the_position_and_the_case_of_ids_but_not_the_query() {
        UsageQuery upper = new UsageQuery(UsageApi.PROVIDER, io.stackbridge.domain.id.SubscriptionId.of(P0.value().toUpperCase()),
                QUERY.reportedStart(), QUERY.reportedEnd(), Granularity.HOURLY, Option.none(), 0);

        assertThat(QUERY.at(3000).fingerprint()).isEqualTo(QUERY.fingerprint());
        assertThat(upper.fingerprint()).isEqualTo(QUERY.fingerprint());
        assertThat(new UsageQuery(UsageApi.TENANT, P0, QUERY.reportedStart(), QUERY.reportedEnd(), Granularity.HOURLY, Option.none(), 0)
                .fingerprint()).isNotEqualTo(QUERY.fingerprint());
        assertThat(new UsageQuery(UsageApi.PROVIDER, P0, QUERY.reportedStart(), QUERY.reportedEnd(), Granularity.HOURLY, Option.some(T1), 0)
                .fingerprint()).isNotEqualTo(QUERY.fingerprint());
        assertThat(new UsageQuery(UsageApi.PROVIDER, P0, QUERY.reportedStart(), QUERY.reportedEnd(), Granularity.DAILY, Option.none(), 0)
                .fingerprint()).isNotEqualTo(QUERY.fingerprint());
    }

    @Test
    void text_that_is_not_one_of_our_tokens_decodes_to_nothing() {
        String otherVersion = Base64.getUrlEncoder().encodeToString(("2:1000:" + QUERY.fingerprint()).getBytes(StandardCharsets.UTF_8));
        String negative = Base64.getUrlEncoder().encodeToString(("1:-5:" + QUERY.fingerprint()).getBytes(StandardCharsets.UTF_8));

        assertThat(ContinuationToken.decode("%%%")).isEmpty();
        assertThat(ContinuationToken.decode(otherVersion)).isEmpty();
        assertThat(ContinuationToken.decode(negative)).isEmpty();
        assertThat(ContinuationToken.decode(Base64.getUrlEncoder().encodeToString("v1:1000".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }
}
