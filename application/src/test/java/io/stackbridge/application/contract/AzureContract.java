package io.stackbridge.application.contract;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static io.stackbridge.application.contract.Outcomes.right;

/**
 * What every port contract shares: a fresh Azure for each test, started by the adapter family
 * under test, and the registration steps most tests begin with.
 */
public abstract class AzureContract {

    protected AzureUnderTest azure;

    /** Starts a fresh Azure in its well-known world; called once per test. */
    protected abstract AzureUnderTest startAzure();

    @BeforeEach
    void startAzureUnderTest() {
        azure = startAzure();
    }

    @AfterEach
    void closeAzureUnderTest() {
        if (azure != null) {
            azure.close();
        }
    }

    protected TestWorld world() {
        return azure.world();
    }

    /** The conventional key of a stamp's registration in the world's resource group. */
    protected RegistrationKey keyOf(SubscriptionId subscription, CloudId cloudId) {
        return new RegistrationKey(subscription, world().resourceGroup(), RegistrationName.conventionalFor(cloudId));
    }

    /** Registers a stamp under its conventional name, failing the test if Azure refuses. */
    protected RegistrationKey register(SubscriptionId subscription, RegistrationTokenContent token) {
        RegistrationKey key = keyOf(subscription, token.cloudId());
        right(azure.registrations().createOrUpdate(key, azure.registrationToken(token)));
        return key;
    }

    /** A PayAsYouUse stamp of the bridge's principal, registered in the CSP registration subscription. */
    protected RegistrationKey registerPayAsYouUse(RegistrationTokenContent token) {
        return register(world().registrationSubscription(), token);
    }

    /** The default stamp token: PayAsYouUse, carrying the bridge principal's object ID, a fresh cloud. */
    protected RegistrationTokenContent bridgeStamp() {
        return StampTokens.forObject(world().bridgeObjectId()).build();
    }
}
