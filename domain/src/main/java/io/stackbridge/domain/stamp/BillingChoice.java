package io.stackbridge.domain.stamp;

import io.stackbridge.domain.billing.BillingModel;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What the operator chose for the registration token: the billing model, usage reporting (the
 * model's default when not chosen), marketplace syndication, and the agreement number or asset tag
 * some models require. The registration token rules check the choice (see {@link Stamp#tokenContent}).
 */
public record BillingChoice(BillingModel model, Option<Boolean> usageReporting, boolean marketplaceSyndication,
                            Option<String> agreementNumber, Option<String> msAssetTag) {

    public BillingChoice {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(usageReporting, "usageReporting");
        Objects.requireNonNull(agreementNumber, "agreementNumber");
        Objects.requireNonNull(msAssetTag, "msAssetTag");
    }

    /** The model with its defaults, syndication on (a connected stamp), no agreement number or asset tag. */
    public static BillingChoice of(BillingModel model) {
        return new BillingChoice(model, Option.none(), true, Option.none(), Option.none());
    }

    public BillingChoice withUsageReporting(boolean enabled) {
        return new BillingChoice(model, Option.some(enabled), marketplaceSyndication, agreementNumber, msAssetTag);
    }

    public BillingChoice withMarketplaceSyndication(boolean enabled) {
        return new BillingChoice(model, usageReporting, enabled, agreementNumber, msAssetTag);
    }

    public BillingChoice withAgreementNumber(String number) {
        return new BillingChoice(model, usageReporting, marketplaceSyndication, Option.of(number), msAssetTag);
    }

    public BillingChoice withMsAssetTag(String tag) {
        return new BillingChoice(model, usageReporting, marketplaceSyndication, agreementNumber, Option.of(tag));
    }
}
