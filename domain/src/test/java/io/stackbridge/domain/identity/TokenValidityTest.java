package io.stackbridge.domain.identity;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TokenValidityTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final String AUDIENCE = "https://usage.microsoftazurestack.com";

    private static AccessTokenClaims claims(Instant notBefore, Instant expiresAt) {
        return new AccessTokenClaims(AUDIENCE, "https://login.stackbridge.invalid/tenant/v2.0", notBefore, expiresAt,
                ClientId.of("3c92806f-4c97-4885-88e3-fbb1c16dbd6c"), TenantId.of("dbab3982-796f-4d03-9908-044c08aef8a2"),
                ObjectId.of("2dbdd5f4-daf3-442a-be35-b71c3debee5a"));
    }

    @Test
    void a_current_token_for_the_audience_is_valid_whatever_the_case_or_trailing_slash() {
        var token = claims(NOW.minusSeconds(60), NOW.plusSeconds(3600));

        assertThat(TokenValidity.check(token, "HTTPS://usage.microsoftazurestack.com/", NOW).isRight()).isTrue();
    }

    @Test
    void five_minutes_of_skew_are_allowed_on_either_side_and_not_a_second_more() {
        var expired = claims(NOW.minusSeconds(7200), NOW.minus(Duration.ofMinutes(5)));
        var future = claims(NOW.plus(Duration.ofMinutes(5)), NOW.plusSeconds(7200));

        assertThat(TokenValidity.check(expired, AUDIENCE, NOW).isRight()).isTrue();
        assertThat(TokenValidity.check(expired, AUDIENCE, NOW.plusSeconds(1)).getLeft()).isEqualTo(TokenProblem.EXPIRED);
        assertThat(TokenValidity.check(future, AUDIENCE, NOW).isRight()).isTrue();
        assertThat(TokenValidity.check(future, AUDIENCE, NOW.minusSeconds(1)).getLeft()).isEqualTo(TokenProblem.NOT_YET_VALID);
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        var token = claims(NOW, NOW.plusSeconds(3600));

        assertThat(TokenValidity.check(token, "https://management.azure.com", NOW).getLeft()).isEqualTo(TokenProblem.WRONG_AUDIENCE);
    }

    @Test
    void the_audience_of_a_default_scope_drops_the_suffix() {
        assertThat(TokenValidity.audienceOfScope("https://usage.microsoftazurestack.com/.default")).isEqualTo(AUDIENCE);
        assertThat(TokenValidity.audienceOfScope(AUDIENCE)).isEqualTo(AUDIENCE);
    }

    @Test
    void a_client_secret_is_never_printed_and_compares_exactly() {
        ClientSecret secret = new ClientSecret("s3cret");

        assertThat(secret.toString()).doesNotContain("s3cret");
        assertThat(secret.matches("s3cret")).isTrue();
        assertThat(secret.matches("s3cret ")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }
}
