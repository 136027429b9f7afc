package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.application.contract.UsageOutboxContract;
import io.stackbridge.application.port.out.UsageOutboxPort;

import java.time.Duration;

/** Within its window, the served stamp's outbox is an outbox like any other (a window wider than any record of the contract). */
class ServedStampOutboxContractTest extends UsageOutboxContract {

    @Override
    protected UsageOutboxPort createOutbox() {
        return new ServedStampOutbox(Duration.ofDays(3650));
    }
}
