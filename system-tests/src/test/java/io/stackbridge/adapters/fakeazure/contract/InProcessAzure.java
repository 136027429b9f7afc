package io.stackbridge.adapters.fakeazure.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.TestWorld;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;

import java.time.Instant;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_CLIENT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_OBJECT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_SECRET;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.DISABLED_CLIENT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.DISABLED_SECRET;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.EA_CUSTOMER_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.EA_REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.OTHER_PARTNER_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.PARTNER_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.UNKNOWN_SUBSCRIPTION;

/** The in-process fake as an Azure under test: its ports, its default world, and its administrator's back door. */
public final class InProcessAzure implements AzureUnderTest {

    /** The default world as the contract tests name it. */
    public static final TestWorld WORLD = new TestWorld(REGISTRATION_SUBSCRIPTION, EA_REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP,
            CONTOSO_SUBSCRIPTION, CONTOSO_TENANT, FABRIKAM_SUBSCRIPTION, FABRIKAM_TENANT, OTHER_PARTNER_SUBSCRIPTION,
            EA_CUSTOMER_SUBSCRIPTION, UNKNOWN_SUBSCRIPTION, PARTNER_TENANT, BRIDGE_CLIENT_ID, BRIDGE_OBJECT_ID, BRIDGE_SECRET,
            DISABLED_CLIENT_ID, DISABLED_SECRET);

    private final FakeAzure fake;

    public InProcessAzure(FakeAzure fake) {
        this.fake = fake;
    }

    /** A fresh fake Azure on the default world. */
    public static InProcessAzure start() {
        return new InProcessAzure(FakeAzure.start());
    }

    /** The fake itself, for what the bridge's ports do not reach (use cases, journal, faults). */
    public FakeAzure fake() {
        return fake;
    }

    @Override
    public RegistrationPort registrations() {
        return fake.registrations();
    }

    @Override
    public CustomerSubscriptionPort customerSubscriptions() {
        return fake.customerSubscriptions();
    }

    @Override
    public TokenPort tokens() {
        return fake.tokens();
    }

    @Override
    public UsagePushPort usage() {
        return fake.usagePush();
    }

    @Override
    public TestWorld world() {
        return WORLD;
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
        fake.approveMultiTenancy(registration)
                .getOrElseThrow(error -> new IllegalStateException("approval refused: " + error));
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
        return fake.cloud().queryUsageLedger().totals(Query.ALL);
    }

    /** Nothing to release: the fake lives in memory and is dropped with this object. */
    @Override
    public void close() {
    }
}
