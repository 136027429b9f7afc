package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.adapters.cli.wiring.FakeAzureComponent;
import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.TestWorld;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.usage.LedgerTotal;
import io.vavr.collection.List;

import java.time.Instant;

/**
 * The fake Azure as the composition root composes it ({@link FakeAzureComponent}, its state in
 * memory or in SQLite), as an Azure under test on the default world: the stack side's in-process
 * ports to it, and its administrator's back door. Nothing to release unless a store says otherwise.
 */
public abstract class ComposedFakeAzure<C extends FakeAzureComponent> implements AzureUnderTest {

    private final C fake;

    protected ComposedFakeAzure(C fake) {
        this.fake = fake;
    }

    /** The fake itself, for what the bridge's ports do not reach (use cases, journal, faults, signing key). */
    public C fake() {
        return fake;
    }

    @Override
    public RegistrationPort registrations() {
        return fake.registrationPort();
    }

    @Override
    public MarketplacePort marketplace() {
        return fake.marketplacePort();
    }

    @Override
    public CustomerSubscriptionPort customerSubscriptions() {
        return fake.customerSubscriptionPort();
    }

    @Override
    public TokenPort tokens() {
        return fake.tokenPort();
    }

    @Override
    public UsagePushPort usage() {
        return fake.usagePushPort();
    }

    @Override
    public TestWorld world() {
        return ContractWorld.DEFAULT;
    }

    @Override
    public AzureEndpoints endpoints() {
        return fake.endpoints();
    }

    @Override
    public String registrationToken(RegistrationTokenContent content) {
        return fake.tokenCodec().encode(content);
    }

    @Override
    public void approveMultiTenancy(RegistrationKey registration) {
        fake.approveMultiTenancy().approve(registration).getOrElseThrow(error -> new IllegalStateException("approval refused: " + error));
    }

    @Override
    public void addFault(FaultRule rule) {
        fake.faults().add(rule);
    }

    @Override
    public Instant serviceTime() {
        return fake.clock().now();
    }

    @Override
    public List<LedgerTotal> ledger() {
        return fake.queryUsageLedger().totals(Query.ALL);
    }

    /** Nothing to release: a fake in memory is dropped with this object. */
    @Override
    public void close() {
    }
}
