package io.stackbridge.domain.registration;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.collection.List;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an activation key tells a stamp: which registration it belongs to, how it bills, and where
 * and for which resource the bridge reports usage. Signed by the issuing Azure; the stamp verifies
 * the signature before it applies the key.
 */
public record ActivationKeyClaims(
        SubscriptionId subscriptionId,
        ResourceGroupName resourceGroupName,
        RegistrationName registrationName,
        CloudId cloudId,
        ObjectId objectId,
        BillingModel billingModel,
        boolean usageReportingEnabled,
        boolean marketplaceSyndicationEnabled,
        String usageEndpoint,
        String usageResourceUri,
        List<NodeHardware> hardwareInfo,
        Instant expires,
        String issuer,
        String version) {

    /** Activation keys in the published example never expire in practice. */
    public static final Instant NEVER = Instant.parse("9999-12-30T23:59:59Z");

    /** A Capacity registration follows a yearly subscription: its key lasts one term, then the stamp registers again. */
    public static final Duration CAPACITY_TERM = Duration.ofDays(365);

    public ActivationKeyClaims {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(resourceGroupName, "resourceGroupName");
        Objects.requireNonNull(registrationName, "registrationName");
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(billingModel, "billingModel");
        Objects.requireNonNull(usageEndpoint, "usageEndpoint");
        Objects.requireNonNull(usageResourceUri, "usageResourceUri");
        Objects.requireNonNull(hardwareInfo, "hardwareInfo");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(version, "version");
    }

    /** The claims Azure puts in the key of {@code registration} issued at {@code issuedAt}; only a Capacity key expires. */
    public static ActivationKeyClaims of(Registration registration, AzureEndpoints endpoints, Instant issuedAt) {
        RegistrationTokenContent token = registration.token();
        RegistrationKey key = registration.key();
        return new ActivationKeyClaims(key.subscriptionId(), key.resourceGroup(), key.name(), token.cloudId(),
                token.objectId(), token.billingModel(), token.usageReportingEnabled(), token.marketplaceSyndicationEnabled(),
                endpoints.usage().toString(), endpoints.usageResourceUri(), token.hardwareInfo(),
                token.billingModel() == BillingModel.Capacity ? issuedAt.plus(CAPACITY_TERM) : NEVER, token.issuer(),
                token.version());
    }

    public RegistrationKey registration() {
        return new RegistrationKey(subscriptionId, resourceGroupName, registrationName);
    }
}
