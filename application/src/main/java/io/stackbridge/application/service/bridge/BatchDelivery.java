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
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;

import java.util.Random;

/**
 * Delivers one batch: token, then push with the stamp's time, retrying retryable codes after the
 * backoff (honouring {@code Retry-After}) up to the policy's attempts. Every failed attempt is
 * recorded as the bridge's last failure; an {@code Unauthorized} drops the cached token.
 */
final class BatchDelivery {

    private final BridgeTokens tokens;
    private final UsagePushPort usage;
    private final StampClockPort clock;
    private final SleeperPort sleeper;
    private final BridgeHealthPort health;
    private final BackoffPolicy backoff;
    private final Random jitter;

    BatchDelivery(BridgeTokens tokens, UsagePushPort usage, StampClockPort clock, SleeperPort sleeper, BridgeHealthPort health,
                  BackoffPolicy backoff, Random jitter) {
        this.tokens = tokens;
        this.usage = usage;
        this.clock = clock;
        this.sleeper = sleeper;
        this.health = health;
        this.backoff = backoff;
        this.jitter = jitter;
    }

    Either<BridgeFailure, PushReceipt> deliver(BridgeTarget target, UsageBatch batch) {
        for (int attempt = 1; ; attempt++) {
            Either<DomainError, PushReceipt> outcome = tokens.bearer(target)
                    .flatMap(token -> usage.push(new UsagePush(target.usageEndpoint(), batch, token, clock.now())));
            if (outcome.isRight()) {
                return Either.right(outcome.get());
            }
            DomainError error = outcome.getLeft();
            BridgeFailure failure = BridgeFailure.of(error, clock.now(), attempt, target.usageEndpoint().toString());
            health.save(health.read().failed(failure));
            if (error.code() == ErrorCode.Unauthorized) {
                tokens.forget();
            }
            if (!error.code().retryable() || attempt >= backoff.maxAttempts()) {
                return Either.left(failure);
            }
            sleeper.sleep(backoff.delayAfter(attempt, jitter.nextDouble(), RetryHint.retryAfter(error)));
        }
    }
}
