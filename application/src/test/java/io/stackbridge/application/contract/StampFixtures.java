package io.stackbridge.application.contract;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.collection.List;

import java.net.URI;
import java.time.Instant;

/** Stamps for scenarios: a fresh cloud, one node, the world's bridge principal signing in at the Azure under test. */
public final class StampFixtures {

    private StampFixtures() {
    }

    public static BridgePrincipal principal(TestWorld world, URI login) {
        return new BridgePrincipal(login, world.bridgeTenant(), world.bridgeClientId(), world.bridgeObjectId(),
                new ClientSecret(world.bridgeSecret()));
    }

    /** A new stamp with {@code model} and the model's defaults, checked by the token rules. */
    public static Stamp stamp(TestWorld world, URI login, BillingModel model) {
        return Stamp.of(new CloudId(Guid.random()), List.of(StampTokens.node()), BillingChoice.of(model), principal(world, login))
                .toEither().getOrElseThrow(problems -> new IllegalStateException("test stamp rejected: " + problems));
    }

    /** The claims with another expiry. */
    public static ActivationKeyClaims expiring(ActivationKeyClaims c, Instant expires) {
        return new ActivationKeyClaims(c.subscriptionId(), c.resourceGroupName(), c.registrationName(), c.cloudId(), c.objectId(),
                c.billingModel(), c.usageReportingEnabled(), c.marketplaceSyndicationEnabled(), c.usageEndpoint(), c.usageResourceUri(),
                c.hardwareInfo(), expires, c.issuer(), c.version());
    }

    /** The claims for another cloud. */
    public static ActivationKeyClaims forCloud(ActivationKeyClaims c, CloudId cloudId) {
        return new ActivationKeyClaims(c.subscriptionId(), c.resourceGroupName(), c.registrationName(), cloudId, c.objectId(),
                c.billingModel(), c.usageReportingEnabled(), c.marketplaceSyndicationEnabled(), c.usageEndpoint(), c.usageResourceUri(),
                c.hardwareInfo(), c.expires(), c.issuer(), c.version());
    }
}
