package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.billing.BillingModel;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What a stamp must be for a product to fit it: a version range (inclusive at both ends), a billing
 * model, an identity system and a link to the outside. An absent constraint accepts anything.
 */
public record ProductConstraints(Option<DeviceVersion> minDeviceVersion, Option<DeviceVersion> maxDeviceVersion,
                                 Option<BillingModel> billingModel, Option<IdentitySystem> identitySystem,
                                 ConnectionRequirement connection) {

    public static final ProductConstraints NONE = new ProductConstraints(Option.none(), Option.none(), Option.none(), Option.none(),
            ConnectionRequirement.None);

    public ProductConstraints {
        Objects.requireNonNull(minDeviceVersion, "minDeviceVersion");
        Objects.requireNonNull(maxDeviceVersion, "maxDeviceVersion");
        Objects.requireNonNull(billingModel, "billingModel");
        Objects.requireNonNull(identitySystem, "identitySystem");
        Objects.requireNonNull(connection, "connection");
    }
}
