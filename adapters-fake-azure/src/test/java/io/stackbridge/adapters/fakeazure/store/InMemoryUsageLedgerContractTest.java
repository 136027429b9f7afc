package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.application.contract.UsageLedgerContract;
import io.stackbridge.application.port.out.UsageLedgerPort;

/** The in-memory ledger keeps the usage ledger's promises. */
class InMemoryUsageLedgerContractTest extends UsageLedgerContract {

    @Override
    protected UsageLedgerPort createLedger() {
        return new InMemoryUsageLedger();
    }
}
