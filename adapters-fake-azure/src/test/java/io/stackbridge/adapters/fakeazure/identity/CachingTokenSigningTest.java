package io.stackbridge.adapters.fakeazure.identity;

import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.application.service.identity.VerifyAccessTokenService;
import io.stackbridge.domain.error.ArmError.InvalidAuthenticationToken;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachingTokenSigningTest {

    private static final RsaTokenSigning KEY = new RsaTokenSigning();
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final String AUDIENCE = "https://management.azure.com";

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final CountingSigning counting = new CountingSigning(KEY);
    private final CachingTokenSigning cached = new CachingTokenSigning(counting, 3);
    private final VerifyAccessTokenService verify = new VerifyAccessTokenService(cached, clock);

    private static String token(Instant notBefore, Duration lifetime) {
        return KEY.signAccessToken(new AccessTokenClaims(AUDIENCE, "https://login.stackbridge.invalid/" + DefaultWorld.PARTNER_TENANT + "/v2.0",
                notBefore, notBefore.plus(lifetime), DefaultWorld.BRIDGE_CLIENT_ID, DefaultWorld.PARTNER_TENANT,
                DefaultWorld.BRIDGE_OBJECT_ID));
    }

    @Test
    void a_token_read_again_is_not_verified_again() {
        String token = token(NOW, Duration.ofHours(1));

        assertThat(verify.verify(token, AUDIENCE).isRight()).isTrue();
        assertThat(verify.verify(token, AUDIENCE).isRight()).isTrue();
        assertThat(counting.reads.get()).isEqualTo(1);
    }

    @Test
    void a_cached_token_is_refused_once_it_expires_by_the_service_clock() {
        String token = token(NOW, Duration.ofHours(1));
        assertThat(verify.verify(token, AUDIENCE).isRight()).isTrue();

        clock.setOffset(Duration.ofHours(2));

        assertThat(verify.verify(token, AUDIENCE).getLeft()).isEqualTo(new InvalidAuthenticationToken(TokenProblem.EXPIRED));
        assertThat(clock.shifted(Duration.ofHours(-2), () -> verify.verify(token, AUDIENCE)).isRight()).isTrue();
        assertThat(counting.reads.get()).isEqualTo(1);
    }

    @Test
    void a_cached_token_is_still_checked_for_its_audience_and_not_before() {
        String early = token(NOW.plus(Duration.ofHours(1)), Duration.ofHours(1));
        clock.setOffset(Duration.ofHours(1));
        assertThat(verify.verify(early, AUDIENCE).isRight()).isTrue();

        clock.setOffset(Duration.ZERO);

        assertThat(verify.verify(early, AUDIENCE).getLeft()).isEqualTo(new InvalidAuthenticationToken(TokenProblem.NOT_YET_VALID));
        clock.setOffset(Duration.ofHours(1));
        assertThat(verify.verify(early, "https://usage.microsoftazurestack.com").getLeft())
                .isEqualTo(new InvalidAuthenticationToken(TokenProblem.WRONG_AUDIENCE));
    }

    @Test
    void a_bad_signature_is_never_remembered() {
        String token = token(NOW, Duration.ofHours(1));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";

        assertThat(cached.readAccessToken(forged).getLeft()).isEqualTo(TokenProblem.BAD_SIGNATURE);
        assertThat(cached.readAccessToken(forged).getLeft()).isEqualTo(TokenProblem.BAD_SIGNATURE);
        assertThat(cached.size()).isZero();
        assertThat(counting.reads.get()).isEqualTo(2);
    }

    @Test
    void it_holds_at_most_its_capacity_and_reset_forgets_everything() {
        for (int i = 0; i < 10; i++) {
            cached.readAccessToken(token(NOW.plusSeconds(i), Duration.ofHours(1)));
            assertThat(cached.size()).isBetween(1, 3);
        }

        cached.reset();

        assertThat(cached.size()).isZero();
    }

    /** The real key, counting how often it is asked to read an access token. */
    private static final class CountingSigning implements TokenSigningPort {
        private final TokenSigningPort key;
        private final AtomicInteger reads = new AtomicInteger();

        CountingSigning(TokenSigningPort key) {
            this.key = key;
        }

        @Override
        public String signAccessToken(AccessTokenClaims claims) {
            return key.signAccessToken(claims);
        }

        @Override
        public Either<TokenProblem, AccessTokenClaims> readAccessToken(String token) {
            reads.incrementAndGet();
            return key.readAccessToken(token);
        }

        @Override
        public ActivationKey signActivationKey(ActivationKeyClaims claims) {
            return key.signActivationKey(claims);
        }

        @Override
        public Either<TokenProblem, ActivationKeyClaims> readActivationKey(ActivationKey activationKey) {
            return key.readActivationKey(activationKey);
        }

        @Override
        public String signDetached(byte[] content) {
            return key.signDetached(content);
        }
    }
}
