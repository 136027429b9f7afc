package io.stackbridge.domain.billing;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The billing models a registration can carry, named exactly as on the wire, with the rules each
 * one imposes (docs/domain.md §3).
 */
public enum BillingModel {
    /** Proof of concept; usage is reported but never charged. The registration tooling's default. */
    Development(UsageReporting.ON_BY_DEFAULT, false, Requirement.NONE, false, false),
    /** Pay per use; the only model that may add tenants, once approved for multi-tenancy. */
    PayAsYouUse(UsageReporting.MANDATORY, true, Requirement.NONE, true, true),
    /** Yearly capacity licence bought under an Enterprise Agreement. */
    Capacity(UsageReporting.OFF_BY_DEFAULT, false, Requirement.AGREEMENT_NUMBER, false, true),
    /** Custom licensing identified by the asset tag printed on the hardware. */
    Custom(UsageReporting.OFF_BY_DEFAULT, false, Requirement.MS_ASSET_TAG, false, true),
    /** Azure Stack Hub Ruggedized. */
    Ruggedized(UsageReporting.ON_BY_DEFAULT, false, Requirement.NONE, false, true);

    public static final String FIELD = "billingModel";

    /** What a registration token must carry in addition to the common fields. */
    public enum Requirement { NONE, AGREEMENT_NUMBER, MS_ASSET_TAG }

    private final UsageReporting usageReporting;
    private final boolean allowsTenants;
    private final Requirement requirement;
    private final boolean connectedOnly;
    private final boolean charged;

    BillingModel(UsageReporting usageReporting, boolean allowsTenants, Requirement requirement,
                 boolean connectedOnly, boolean charged) {
        this.usageReporting = usageReporting;
        this.allowsTenants = allowsTenants;
        this.requirement = requirement;
        this.connectedOnly = connectedOnly;
        this.charged = charged;
    }

    /** Reads a model name in any case; an unknown name is a violation naming {@code field}. */
    public static Validation<Seq<Violation>, BillingModel> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(field, text, Rule.REQUIRED);
        }
        return List.of(values())
                .find(model -> model.name().equalsIgnoreCase(text.trim()))
                .toValidation(() -> List.of(Violation.of(field, text, Rule.UNKNOWN_VALUE, knownNames())));
    }

    public static Validation<Seq<Violation>, BillingModel> parse(String text) {
        return parse(FIELD, text);
    }

    public static String knownNames() {
        return List.of(values()).map(Enum::name).mkString(", ");
    }

    public UsageReporting usageReporting() {
        return usageReporting;
    }

    /** Whether customer subscriptions (tenants) may be added to a registration of this model. */
    public boolean allowsTenants() {
        return allowsTenants;
    }

    public Requirement requirement() {
        return requirement;
    }

    public boolean requiresAgreementNumber() {
        return requirement == Requirement.AGREEMENT_NUMBER;
    }

    public boolean requiresMsAssetTag() {
        return requirement == Requirement.MS_ASSET_TAG;
    }

    /** Whether the model needs a connection to Azure (usage must reach Azure at least every 30 days). */
    public boolean connectedOnly() {
        return connectedOnly;
    }

    /** Whether reported usage is charged; Development usage never is. */
    public boolean charged() {
        return charged;
    }
}
