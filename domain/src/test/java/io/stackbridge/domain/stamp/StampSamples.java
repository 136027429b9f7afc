package io.stackbridge.domain.stamp;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.TokenFieldsBuilder;
import io.vavr.collection.List;

import java.net.URI;
import java.time.Instant;

/** A stamp, its principal and the claims of an activation key for it, for domain tests. */
public final class StampSamples {

    public static final CloudId CLOUD = CloudId.of(TokenFieldsBuilder.CLOUD_ID);
    public static final ObjectId OBJECT = ObjectId.of(TokenFieldsBuilder.OBJECT_ID);
    public static final BridgePrincipal PRINCIPAL = new BridgePrincipal(URI.create("https://login.example"),
            TenantId.of("aaaaaaaa-0001-4000-8000-000000000001"), ClientId.of("aaaaaaaa-0003-4000-8000-000000000001"), OBJECT,
            new ClientSecret("secret"));
    public static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "azurestack",
            "azurestack-" + TokenFieldsBuilder.CLOUD_ID);

    private StampSamples() {
    }

    public static Stamp stamp(BillingChoice billing) {
        return new Stamp(CLOUD, List.of(TokenFieldsBuilder.NODE), billing, PRINCIPAL);
    }

    public static ActivationKeyClaims claims(BillingModel model, Instant expires) {
        return new ActivationKeyClaims(REGISTRATION.subscriptionId(), REGISTRATION.resourceGroup(), REGISTRATION.name(), CLOUD, OBJECT,
                model, true, true, AzureEndpoints.IN_PROCESS.usage().toString(), AzureEndpoints.IN_PROCESS.usageResourceUri(),
                List.of(TokenFieldsBuilder.NODE), expires, "tests", "1.0");
    }

    public static Activation activation(BillingModel model, Instant appliedAt) {
        return new Activation(new ActivationKey("a.b.c"), claims(model, ActivationKeyClaims.NEVER), appliedAt);
    }
}
