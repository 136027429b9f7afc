package io.stackbridge.domain.stamp;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.Objects;

/**
 * One Azure Stack Hub stamp: its cloud ID, its physical nodes, the operator's billing choice and
 * its bridge's service principal. Built through {@link #of}, which holds the billing choice to the
 * registration token rules, so a stamp can always produce a valid token.
 */
public record Stamp(CloudId cloudId, List<NodeHardware> nodes, BillingChoice billing, BridgePrincipal principal) {

    /** The issuer written into the tokens this stamp produces. */
    public static final String ISSUER = "stackbridge-stamp";
    /** The token version the registration tooling uses for Azure's public cloud. */
    public static final String TOKEN_VERSION = "4.0";

    public Stamp {
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(principal, "principal");
    }

    /** A stamp whose billing choice passes the token rules, or every rule it breaks. */
    public static Validation<Seq<Violation>, Stamp> of(CloudId cloudId, List<NodeHardware> nodes, BillingChoice billing,
                                                       BridgePrincipal principal) {
        Stamp stamp = new Stamp(cloudId, nodes, billing, principal);
        return stamp.tokenContent().map(content -> stamp);
    }

    /** The same stamp with another billing choice, if the token rules accept it. */
    public Validation<Seq<Violation>, Stamp> withBilling(BillingChoice choice) {
        return of(cloudId, nodes, choice, principal);
    }

    /** What this stamp's registration token says, checked by the same rules Azure applies. */
    public Validation<Seq<Violation>, RegistrationTokenContent> tokenContent() {
        RegistrationTokenFields fields = new RegistrationTokenFields(Option.some(cloudId.value()),
                Option.some(principal.objectId().value()), Option.some(billing.model().name()),
                billing.usageReporting().map(String::valueOf), Option.some(String.valueOf(billing.marketplaceSyndication())),
                billing.agreementNumber(), billing.msAssetTag(), Option.some(nodes), Option.some(ISSUER), Option.some(TOKEN_VERSION));
        return RegistrationTokenContent.from(fields);
    }

    /** The registration name the tooling proposes for this stamp: {@code azurestack-{cloudId}}. */
    public RegistrationName conventionalRegistrationName() {
        return RegistrationName.conventionalFor(cloudId);
    }
}
