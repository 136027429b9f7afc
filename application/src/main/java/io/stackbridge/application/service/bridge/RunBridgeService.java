package io.stackbridge.application.service.bridge;

import io.stackbridge.application.port.in.bridge.RunBridgeUseCase;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.SleeperPort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.bridge.BridgeTarget;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.StampError.StampNotActivated;
import io.stackbridge.domain.stamp.Stamp;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.concurrent.Future;


/**
 * The Azure Bridge's run: batches of the oldest pending records (IDs derived from their keys, so a
 * resend after a crash is the same batch), each delivered and only then marked sent. Keep one
 * instance per stamp: it holds the reused token and the seeded jitter.
 */
public final class RunBridgeService implements RunBridgeUseCase {

    private final StampStorePort stamps;
    private final ActivationStorePort activations;
    private final UsageOutboxPort outbox;
    private final BridgeHealthPort health;
    private final StampClockPort clock;
    private final BatchDelivery delivery;
    private final int batchSize;

    public RunBridgeService(StampStorePort stamps, ActivationStorePort activations, UsageOutboxPort outbox, TokenPort tokens,
                            UsagePushPort usage, BridgeHealthPort health, StampClockPort clock, SleeperPort sleeper,
                            BridgeSettings settings) {
        this.stamps = stamps;
        this.activations = activations;
        this.outbox = outbox;
        this.health = health;
        this.clock = clock;
        this.delivery = new BatchDelivery(new BridgeTokens(tokens, clock, settings.renewTokenBefore()), usage, clock, sleeper,
                health, settings.backoff(), new BridgeJitter(settings.jitterSeed()));
        this.batchSize = settings.batchSize();
    }

    @Override
    public Either<DomainError, BridgeRun> run() {
        Stamp stamp = stamps.stamp();
        return activations.current()
                .<DomainError>toEither(() -> new StampNotActivated(stamp.cloudId()))
                .map(activation -> activation.claims().usageReportingEnabled()
                        ? drain(BridgeTarget.of(stamp, activation))
                        : BridgeRun.REPORTING_DISABLED);
    }

    /**
     * Sends batch after batch until the outbox is empty (as it was at the start) or a delivery fails.
     * The next batch (when the run has a round left for it) is read while the one before it is in
     * flight; it is sent only once that one is confirmed and marked sent.
     */
    private BridgeRun drain(BridgeTarget target) {
        BridgeRun run = BridgeRun.NOTHING;
        int rounds = outbox.pendingCount() / batchSize + 1;
        try (NextBatches batches = new NextBatches(outbox, target.cloudId(), batchSize)) {
            Option<UsageBatch> next = batches.first();
            for (int round = 0; round < rounds && next.isDefined(); round++) {
                UsageBatch batch = next.get();
                Option<Future<Option<UsageBatch>>> following = round + 1 < rounds ? Option.some(batches.after(batch)) : Option.none();
                Either<BridgeFailure, PushReceipt> delivered = delivery.deliver(target, batch);
                if (delivered.isLeft()) {
                    return run.stopped(delivered.getLeft());
                }
                outbox.markSent(batch.id(), batch.records().map(UsageRecord::key));
                Instant confirmedAt = clock.now();
                health.update(current -> current.succeededAt(confirmedAt));
                run = run.sent(batch.records().size(), delivered.get().alreadyReceived());
                next = following.flatMap(batches::await);
            }
        }
        return run;
    }
}
