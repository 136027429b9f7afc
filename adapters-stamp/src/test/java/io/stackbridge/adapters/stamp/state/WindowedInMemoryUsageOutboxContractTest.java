package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.contract.UsageOutboxContract;
import io.stackbridge.application.port.out.UsageOutboxPort;

import java.time.Duration;

/** Within its window, an outbox with a window is an outbox like any other (a window wider than any record of the contract). */
class WindowedInMemoryUsageOutboxContractTest extends UsageOutboxContract {

    @Override
    protected UsageOutboxPort createOutbox() {
        return InMemoryUsageOutbox.keepingHoursWithin(Duration.ofDays(3650));
    }
}
