package io.stackbridge.application.contract;

import io.stackbridge.application.port.in.stamp.RegisterStampUseCase;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.bridge.BridgeStatus;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.RegistrationRun;
import io.stackbridge.domain.stamp.Stamp;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the stamp and bridge scenarios share: a fresh Azure of the shape under test, a new
 * PayAsYouUse stamp of the world's bridge principal with its state, clock and recording sleeper,
 * and usage of a tenant no customer subscription claims (billed to the registration's subscription).
 */
public abstract class BridgeScenario {

    protected BridgeAzureUnderTest azure;
    protected Stamp stamp;
    protected StampState state;
    protected TestStampClock clock;
    protected RecordingSleeper sleeper;
    protected StackSide stack;
    protected UsageRecords usage;

    /** Starts a fresh Azure of the shape under test; called once per test. */
    protected abstract BridgeAzureUnderTest startAzure();

    @BeforeEach
    void startStampAndAzure() {
        azure = startAzure();
        clock = new TestStampClock();
        sleeper = new RecordingSleeper();
        stamp = StampFixtures.stamp(azure.world(), azure.endpoints().login(), BillingModel.PayAsYouUse);
        state = StampState.inMemory(stamp);
        stack = new StackSide(azure, state, clock, sleeper, BridgeSettings.DEFAULT);
        usage = UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()), azure.serviceTime());
    }

    @AfterEach
    void closeAzure() {
        if (azure != null) {
            azure.close();
        }
    }

    /** The tooling's defaults in the world's CSP registration subscription. */
    protected RegisterStampUseCase.Request request() {
        return new RegisterStampUseCase.Request(azure.world().registrationSubscription(), azure.world().resourceGroup(),
                stamp.conventionalRegistrationName(), RegisterStampUseCase.Request.DEFAULT_LOCATION);
    }

    /** Registers and activates the stamp, failing the test if any step fails. */
    protected Activation registered() {
        RegistrationRun run = stack.register.register(request());
        assertThat(run.succeeded()).as("registration steps %s", run.steps()).isTrue();
        return run.outcome().get();
    }

    /** Puts one record per quantity, in consecutive hours, into the outbox. */
    protected List<UsageRecord> enqueue(String... quantities) {
        List<UsageRecord> records = usage.hourly(quantities);
        state.outbox().enqueue(records);
        return records;
    }

    protected BridgeRun run() {
        return right(stack.bridge.run());
    }

    protected BridgeStatus status() {
        return stack.status.status();
    }

    /** What Azure billed to the registration's own subscription. */
    protected Quantity billed() {
        return UsageRecords.billedTo(azure.ledger(), azure.world().registrationSubscription());
    }
}
