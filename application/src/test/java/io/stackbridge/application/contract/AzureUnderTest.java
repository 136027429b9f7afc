package io.stackbridge.application.contract;

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
 * An Azure, freshly started in its well-known world, reached through the bridge's ports. Each
 * adapter family provides one (in process: the fake; over the wire: HTTP clients against the
 * emulator) and runs the contract tests against it. Administrative steps (approval, faults) go
 * through whatever back door that shape has.
 */
public interface AzureUnderTest extends AutoCloseable {

    RegistrationPort registrations();

    CustomerSubscriptionPort customerSubscriptions();

    TokenPort tokens();

    UsagePushPort usage();

    /** The stamp's marketplace management (mktstack); families that do not offer it leave it out. */
    default MarketplacePort marketplace() {
        throw new UnsupportedOperationException("no marketplace port in " + getClass().getSimpleName());
    }

    /** The IDs of the starting world. */
    TestWorld world();

    /** Where this Azure signs in, manages resources and takes usage. */
    AzureEndpoints endpoints();

    /** A registration token as a stamp would hand it over (Base64 JSON). */
    String registrationToken(RegistrationTokenContent content);

    /** Microsoft's manual multi-tenancy approval. */
    void approveMultiTenancy(RegistrationKey registration);

    /** Puts a fault rule in force (first match wins, in the order added). */
    void addFault(FaultRule rule);

    /** The service's current time, as a well-synchronised stamp would send it. */
    Instant serviceTime();

    /** What the usage service has booked so far. */
    List<LedgerTotal> ledger();

    @Override
    void close();
}
