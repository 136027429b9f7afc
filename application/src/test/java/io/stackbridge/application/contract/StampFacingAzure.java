package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.CustomerSubscriptionPort;
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
 * A {@link BridgeAzureUnderTest} made of an {@link AzureUnderTest}, to which it hands every cloud-side
 * call: a shape adds only how a stamp verifies keys, probes the path and writes its token there.
 */
public abstract class StampFacingAzure implements BridgeAzureUnderTest {

    private final AzureUnderTest azure;

    protected StampFacingAzure(AzureUnderTest azure) {
        this.azure = azure;
    }

    @Override
    public RegistrationPort registrations() {
        return azure.registrations();
    }

    @Override
    public CustomerSubscriptionPort customerSubscriptions() {
        return azure.customerSubscriptions();
    }

    @Override
    public TokenPort tokens() {
        return azure.tokens();
    }

    @Override
    public UsagePushPort usage() {
        return azure.usage();
    }

    @Override
    public TestWorld world() {
        return azure.world();
    }

    @Override
    public AzureEndpoints endpoints() {
        return azure.endpoints();
    }

    @Override
    public String registrationToken(RegistrationTokenContent content) {
        return azure.registrationToken(content);
    }

    @Override
    public void approveMultiTenancy(RegistrationKey registration) {
        azure.approveMultiTenancy(registration);
    }

    @Override
    public void addFault(FaultRule rule) {
        azure.addFault(rule);
    }

    @Override
    public Instant serviceTime() {
        return azure.serviceTime();
    }

    @Override
    public List<LedgerTotal> ledger() {
        return azure.ledger();
    }

    @Override
    public void close() {
        azure.close();
    }
}
