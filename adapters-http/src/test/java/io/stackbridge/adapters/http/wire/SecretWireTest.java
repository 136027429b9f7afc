package io.stackbridge.adapters.http.wire;

import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.IssuedToken;
import io.stackbridge.domain.registration.ActivationKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire bodies that carry a secret print without it; they still write it on the wire. */
class SecretWireTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJjbG91ZElkIjoiYWJjIn0.c2lnbmF0dXJl";

    @Test
    void an_activation_key_answer_prints_without_the_key_and_writes_it() throws Exception {
        ActivationKeyResult answer = ActivationKeyResult.from(new ActivationKey(JWT));

        assertThat(answer.toString()).doesNotContain(JWT);
        assertThat(WireJson.mapper().writeValueAsString(answer)).contains(JWT);
        assertThat(answer.toDomain().value()).isEqualTo(JWT);
    }

    @Test
    void a_token_answer_prints_without_the_token() {
        assertThat(OAuthToken.from(new IssuedToken(JWT, Instant.now().plusSeconds(3600), 3600)).toString()).doesNotContain(JWT);
    }
}
