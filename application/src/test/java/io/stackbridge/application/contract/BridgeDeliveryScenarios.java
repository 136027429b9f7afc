package io.stackbridge.application.contract;

import io.stackbridge.application.port.in.bridge.RunBridgeUseCase;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.bridge.BridgeStatus;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static io.stackbridge.application.contract.Outcomes.left;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bridge delivering usage to an Azure of each shape: batches, token reuse, retries with
 * backoff and {@code Retry-After}, a crash between push and confirmation, and the 30-day warning.
 */
public abstract class BridgeDeliveryScenarios extends BridgeScenario {

    @Test
    void pending_usage_reaches_azure_once_and_leaves_the_outbox() {
        registered();
        enqueue("1", "2", "3");

        BridgeRun run = run();

        assertThat(run.batches()).isEqualTo(1);
        assertThat(run.records()).isEqualTo(3);
        assertThat(billed()).isEqualTo(Quantity.of("6"));
        BridgeStatus status = status();
        assertThat(status.pendingCount()).isZero();
        assertThat(status.oldestPendingHour()).isEmpty();
        assertThat(status.lastSuccess()).isNotEmpty();
        assertThat(status.failing()).isFalse();
    }

    @Test
    void batches_are_cut_at_the_configured_size() {
        registered();
        List<UsageRecord> records = enqueue("1", "2", "3", "4", "5");
        StackSide small = new StackSide(azure, state, clock, sleeper, BridgeSettings.DEFAULT.withBatchSize(2));

        BridgeRun run = Outcomes.right(small.bridge.run());

        assertThat(run.batches()).isEqualTo(3);
        assertThat(run.records()).isEqualTo(records.size());
        assertThat(billed()).isEqualTo(Quantity.of("15"));
    }

    @Test
    void the_token_is_reused_until_shortly_before_it_expires() {
        registered();
        AtomicInteger signIns = new AtomicInteger();
        TokenPort counting = request -> {
            signIns.incrementAndGet();
            return azure.tokens().acquire(request);
        };
        RunBridgeUseCase bridge = stack.bridgeWith(counting, stack.currentUsage());
        state.outbox().enqueue(usage.vm("vm-1").hourly("1"));
        Outcomes.right(bridge.run());
        state.outbox().enqueue(usage.vm("vm-2").hourly("1"));
        Outcomes.right(bridge.run());
        assertThat(signIns).hasValue(1);

        clock.advance(Duration.ofMinutes(56));
        state.outbox().enqueue(usage.vm("vm-3").hourly("1"));
        Outcomes.right(bridge.run());

        assertThat(signIns).hasValue(2);
    }

    @Test
    void transient_failures_are_retried_after_a_growing_wait_and_the_usage_is_counted_once() {
        registered();
        enqueue("1", "2");
        azure.addFault(Faults.times(2, Operation.Usage_Push, new FaultEffect.Unreachable()));

        BridgeRun run = run();

        assertThat(run.completed()).isTrue();
        assertThat(billed()).isEqualTo(Quantity.of("3"));
        assertThat(sleeper.waits()).hasSize(2);
        assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(sleeper.waits().get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(status().lastError().get().code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(status().lastError().get().attempts()).isEqualTo(2);
        assertThat(status().failing()).isFalse();
    }

    @Test
    void a_busy_usage_service_is_waited_for_as_long_as_it_asks() {
        registered();
        enqueue("1");
        azure.addFault(Faults.times(1, Operation.Usage_Push, new FaultEffect.ReturnError(ErrorCode.ServiceUnavailable)));

        assertThat(run().completed()).isTrue();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5));
        assertThat(billed()).isEqualTo(Quantity.of("1"));
    }

    @Test
    void throttling_is_waited_out_as_asked() {
        registered();
        enqueue("1");
        azure.addFault(Faults.times(1, Operation.Usage_Push, new FaultEffect.ReturnError(ErrorCode.TooManyRequests)));

        assertThat(run().completed()).isTrue();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void after_the_last_attempt_the_run_stops_and_the_usage_stays_pending() {
        registered();
        enqueue("1", "2");
        azure.addFault(Faults.always(Operation.Usage_Push, new FaultEffect.Unreachable()));

        BridgeRun run = run();

        assertThat(run.stoppedBy().get().code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(run.stoppedBy().get().attempts()).isEqualTo(BridgeSettings.DEFAULT.backoff().maxAttempts());
        assertThat(sleeper.waits()).hasSize(BridgeSettings.DEFAULT.backoff().maxAttempts() - 1);
        assertThat(status().pendingCount()).isEqualTo(2);
        assertThat(status().oldestPendingHour()).contains(usage.at(0, "1").window().start());
        assertThat(status().failing()).isTrue();
        assertThat(azure.ledger()).isEmpty();
    }

    @Test
    void a_crash_between_push_and_confirmation_resends_the_batch_and_azure_counts_it_once() {
        registered();
        enqueue("1", "2", "3");
        RunBridgeUseCase crashing = stack.bridgeWith(stack.currentTokens(), push -> {
            azure.usage().push(push);
            throw new IllegalStateException("the bridge died before marking the batch sent");
        });
        assertThatThrownBy(crashing::run).isInstanceOf(IllegalStateException.class);
        assertThat(status().pendingCount()).isEqualTo(3);
        assertThat(billed()).isEqualTo(Quantity.of("6"));

        BridgeRun restarted = run();

        assertThat(restarted.resent()).isEqualTo(1);
        assertThat(status().pendingCount()).isZero();
        assertThat(billed()).isEqualTo(Quantity.of("6"));
    }

    @Test
    void a_pay_as_you_use_stamp_silent_for_thirty_days_is_warned() {
        var activation = registered();

        clock.advance(Duration.ofDays(31));

        var warning = status().warning().get();
        assertThat(warning.since()).isEqualTo(activation.appliedAt());
        assertThat(warning.days()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void reporting_restarts_the_thirty_days() {
        registered();
        enqueue("1");
        run();
        clock.advance(Duration.ofDays(29));
        assertThat(status().warning()).isEmpty();

        clock.advance(Duration.ofDays(2));

        assertThat(status().warning().get().since()).isEqualTo(status().lastSuccess().get());
    }

    @Test
    void a_stamp_without_activation_has_nowhere_to_report() {
        enqueue("1");

        assertThat(left(stack.bridge.run()).code()).isEqualTo(ErrorCode.StampNotActivated);
        assertThat(status().pendingCount()).isEqualTo(1);
    }
}
