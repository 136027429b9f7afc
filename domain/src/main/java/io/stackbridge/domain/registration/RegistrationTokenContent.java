package io.stackbridge.domain.registration;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.Objects;

/**
 * What a registration token says about a stamp, once checked: which cloud it is, how it bills and
 * what hardware it runs on. Built only through {@link #from}, which applies the billing model's
 * rules and reports every problem at once.
 */
public record RegistrationTokenContent(
        CloudId cloudId,
        ObjectId objectId,
        BillingModel billingModel,
        boolean usageReportingEnabled,
        boolean marketplaceSyndicationEnabled,
        Option<String> agreementNumber,
        Option<String> msAssetTag,
        List<NodeHardware> hardwareInfo,
        String issuer,
        String version) {

    public RegistrationTokenContent {
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(billingModel, "billingModel");
        Objects.requireNonNull(agreementNumber, "agreementNumber");
        Objects.requireNonNull(msAssetTag, "msAssetTag");
        Objects.requireNonNull(hardwareInfo, "hardwareInfo");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(version, "version");
    }

    /** Checks decoded token fields against the token format and the billing model's rules. */
    public static Validation<Seq<Violation>, RegistrationTokenContent> from(RegistrationTokenFields fields) {
        return RegistrationTokenRules.check(fields);
    }

    /** The same content with another billing model and reporting flag, as a re-registration would carry. */
    public RegistrationTokenContent withBilling(BillingModel model, boolean usageReporting) {
        return new RegistrationTokenContent(cloudId, objectId, model, usageReporting, marketplaceSyndicationEnabled,
                agreementNumber, msAssetTag, hardwareInfo, issuer, version);
    }
}
