package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Whether a product fits a stamp, from what the stamp says of itself (its version and identity
 * system, when it says them) and from its registration (billing model; connected when it reports
 * usage). Checks, in order: version too low, too high, billing model, identity system, connection.
 * A value the stamp did not give raises no issue. Which registration counts as connected is ours
 * (docs/decisions.md, "Marketplace").
 */
public final class CompatibilityRule {

    private CompatibilityRule() {
    }

    public static Compatibility check(Product product, DeviceConfiguration device, RegistrationTokenContent registration) {
        ProductConstraints needs = product.constraints();
        List<CompatibilityFinding> findings = List.<Option<CompatibilityFinding>>of(
                device.deviceVersion().flatMap(version -> needs.minDeviceVersion().filter(min -> version.compareTo(min) < 0)
                        .map(min -> finding(CompatibilityIssue.HigherDeviceVersionRequired, version, min))),
                device.deviceVersion().flatMap(version -> needs.maxDeviceVersion().filter(max -> version.compareTo(max) > 0)
                        .map(max -> finding(CompatibilityIssue.LowerDeviceVersionRequired, version, max))),
                needs.billingModel().filter(model -> model != registration.billingModel())
                        .map(model -> finding(billingIssue(model), registration.billingModel(), model)),
                device.identitySystem().flatMap(identity -> needs.identitySystem().filter(required -> required != identity)
                        .map(required -> finding(identityIssue(required), identity, required))),
                connection(needs.connection(), registration.usageReportingEnabled()))
                .flatMap(found -> found);
        return new Compatibility(findings);
    }

    private static Option<CompatibilityFinding> connection(ConnectionRequirement needed, boolean connected) {
        return switch (needed) {
            case None -> Option.none();
            case Internet -> connected ? Option.none() : Option.some(finding(CompatibilityIssue.ConnectionToInternetRequired));
            case Azure -> connected ? Option.none() : Option.some(finding(CompatibilityIssue.ConnectionToAzureRequired));
            case Disconnected -> connected ? Option.some(finding(CompatibilityIssue.DisconnectedEnvironmentRequired)) : Option.none();
        };
    }

    /** The issue a product requiring {@code model} raises; the world file accepts only these three models as requirements. */
    public static CompatibilityIssue billingIssue(BillingModel model) {
        return switch (model) {
            case Capacity -> CompatibilityIssue.CapacityBillingModelRequired;
            case PayAsYouUse -> CompatibilityIssue.PayAsYouGoBillingModelRequired;
            case Development -> CompatibilityIssue.DevelopmentBillingModelRequired;
            case Custom, Ruggedized -> throw new IllegalArgumentException("no compatibility issue requires " + model);
        };
    }

    private static CompatibilityIssue identityIssue(IdentitySystem required) {
        return required == IdentitySystem.AzureAD
                ? CompatibilityIssue.AzureADIdentitySystemRequired
                : CompatibilityIssue.ADFSIdentitySystemRequired;
    }

    private static CompatibilityFinding finding(CompatibilityIssue issue, Object... values) {
        return new CompatibilityFinding(issue, List.of(values));
    }
}
