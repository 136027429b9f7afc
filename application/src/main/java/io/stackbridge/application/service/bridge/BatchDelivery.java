package io.stackbridge.application.service.bridge;

import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.SleeperPort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.bridge.BackoffPolicy;
import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.bridge.BridgeTarget;
import io.stackbridge.domain.bridge.RetryHint;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.application.service.bridge.BridgeTokens.Bearer;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;

/**
 * Delivers one batch: token, then push with the stamp's time, retrying retryable codes after the
 * backoff up to the policy's attempts. A {@code Retry-After} is waited for, or, when longer than the
 * policy allows, ends the delivery rather than calling back early. Every failed attempt is recorded
 * as the bridge's last failure. An {@code Unauthorized} drops the cached token; when that token was
 * a reused one, the push is tried once more at once with a fresh sign-in, since it may only have
 * gone stale (the registration recreated, the signing key rolled).
 */
final class BatchDelivery {

    private final BridgeTokens tokens;
    private final UsagePushPort usage;
    private final StampClockPort clock;
    private final SleeperPort sleeper;
    private final BridgeHealthPort health;
    private final BackoffPolicy backoff;
    private final BridgeJitter jitter;

    BatchDelivery(BridgeTokens tokens, UsagePushPort usage, StampClockPort clock, SleeperPort sleeper, BridgeHealthPort health,
                  BackoffPolicy backoff, BridgeJitter jitter) {
        this.tokens = tokens;
        this.usage = usage;
        this.clock = clock;
        this.sleeper = sleeper;
        this.health = health;
        this.backoff = backoff;
        this.jitter = jitter;
    }

    Either<BridgeFailure, PushReceipt> deliver(BridgeTarget target, UsageBatch batch) {
        boolean signedInAgain = false;
        for (int attempt = 1; ; attempt++) {
            Either<DomainError, Bearer> bearer = tokens.bearer(target);
            Either<DomainError, PushReceipt> outcome = bearer
                    .flatMap(token -> usage.push(new UsagePush(target.usageEndpoint(), batch, token.value(), clock.now())));
            if (outcome.isRight()) {
                return Either.right(outcome.get());
            }
            DomainError error = outcome.getLeft();
            BridgeFailure failure = BridgeFailure.of(error, clock.now(), attempt, target.usageEndpoint().toString());
            health.update(current -> current.failed(failure));
            if (error.code() == ErrorCode.Unauthorized) {
                tokens.forget();
                if (!signedInAgain && bearer.exists(Bearer::reused)) {
                    signedInAgain = true;
                    continue;
                }
            }
            Option<Duration> retryAfter = RetryHint.retryAfter(error);
            if (!error.code().retryable() || attempt >= backoff.maxAttempts() || !backoff.allows(retryAfter)) {
                return Either.left(failure);
            }
            sleeper.sleep(backoff.delayAfter(attempt, jitter.random(target.cloudId()).nextDouble(), retryAfter));
        }
    }
}
