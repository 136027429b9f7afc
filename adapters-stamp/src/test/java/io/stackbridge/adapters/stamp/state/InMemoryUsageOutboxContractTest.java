package io.stackbridge.adapters.stamp.state;

import io.stackbridge.application.contract.UsageOutboxContract;
import io.stackbridge.application.port.out.UsageOutboxPort;

/** The outbox contract, met by the in-memory outbox (the SQLite one runs the same contract in adapters-sqlite). */
class InMemoryUsageOutboxContractTest extends UsageOutboxContract {

    @Override
    protected UsageOutboxPort createOutbox() {
        return new InMemoryUsageOutbox();
    }
}
