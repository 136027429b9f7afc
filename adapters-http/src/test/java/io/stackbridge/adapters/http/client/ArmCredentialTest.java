package io.stackbridge.adapters.http.client;

import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in Resource Manager credential: one sign-in per token lifetime, renewed before expiry, failures not kept. */
class ArmCredentialTest {

    private static final TokenRequest REQUEST = new TokenRequest(URI.create("https://login.example"),
            TenantId.of("7c1b5b80-3a47-4d84-8ad1-8f4b3a0e2f11"), ClientId.of("0f9d3a2e-5b1c-4e8f-9a6d-2c7b8e1f4a30"), "secret",
            "https://management.azure.com/.default");
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now.get();
        }
    };
    private final AtomicInteger signIns = new AtomicInteger();

    private TokenPort issuing(List<Either<DomainError, String>> answers) {
        return request -> {
            Either<DomainError, String> answer = answers.get(Math.min(signIns.getAndIncrement(), answers.size() - 1));
            return answer.map(value -> new AccessToken(value, now.get().plus(Duration.ofHours(1))));
        };
    }

    @Test
    void signs_in_once_and_reuses_the_token_while_it_is_fresh() {
        ArmCredential credential = ArmCredential.signedIn(issuing(List.of(Either.right("first"))), REQUEST, clock);

        assertThat(credential.bearerToken().get()).isEqualTo("first");
        now.set(START.plus(Duration.ofMinutes(50)));
        assertThat(credential.bearerToken().get()).isEqualTo("first");
        assertThat(signIns).hasValue(1);
    }

    @Test
    void renews_the_token_shortly_before_it_expires() {
        ArmCredential credential = ArmCredential.signedIn(issuing(List.of(Either.right("first"), Either.right("second"))), REQUEST, clock);

        credential.bearerToken();
        now.set(START.plus(Duration.ofMinutes(56)));

        assertThat(credential.bearerToken().get()).isEqualTo("second");
    }

    @Test
    void a_failed_sign_in_is_the_answer_and_the_next_call_tries_again() {
        DomainError refused = BridgeClassifier.login("https://login.example", "invalid_client: wrong secret");
        ArmCredential credential = ArmCredential.signedIn(issuing(List.of(Either.left(refused), Either.right("later"))), REQUEST, clock);

        assertThat(credential.bearerToken().getLeft()).isEqualTo(refused);
        assertThat(credential.bearerToken().get()).isEqualTo("later");
    }
}
