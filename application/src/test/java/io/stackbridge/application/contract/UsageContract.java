package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

import static io.stackbridge.application.contract.Outcomes.right;

/**
 * What the usage push contracts share: a PayAsYouUse stamp of the bridge's principal, registered
 * and signed in for the usage resource, with usage of a local subscription whose tenant has no mapping.
 */
public abstract class UsageContract extends AzureContract {

    protected RegistrationTokenContent stamp;
    protected RegistrationKey registration;
    protected String accessToken;
    /** Usage of a tenant that no customer subscription claims: billed to the registration's subscription. */
    protected UsageRecords unmapped;

    @BeforeEach
    void registerAndSignIn() {
        stamp = bridgeStamp();
        registration = registerPayAsYouUse(stamp);
        accessToken = tokenFor(azure.endpoints().usageResourceUri() + "/.default");
        unmapped = UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()), azure.serviceTime());
    }

    /** A bearer token of the bridge principal for {@code scope}. */
    protected String tokenFor(String scope) {
        return right(azure.tokens().acquire(new TokenRequest(azure.endpoints().login(), world().bridgeTenant(),
                world().bridgeClientId(), world().bridgeSecret(), scope))).value();
    }

    protected UsageBatch batchOf(Seq<UsageRecord> records) {
        return UsageBatch.of(stamp.cloudId(), records);
    }

    /** Pushes with the bridge's token and a well-synchronised stamp clock. */
    protected Either<DomainError, PushReceipt> push(UsageBatch batch) {
        return push(batch, accessToken, azure.serviceTime());
    }

    protected Either<DomainError, PushReceipt> push(UsageBatch batch, String token, Instant stampTime) {
        return azure.usage().push(new UsagePush(azure.endpoints().usage(), batch, token, stampTime));
    }
}
