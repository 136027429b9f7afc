package io.stackbridge.domain.registration;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The fields of a decoded registration token before validation, as text, exactly as the
 * adapter that decoded the token found them. {@link RegistrationTokenContent#from} checks them.
 */
public record RegistrationTokenFields(
        Option<String> cloudId,
        Option<String> objectId,
        Option<String> billingModel,
        Option<String> usageReportingEnabled,
        Option<String> marketplaceSyndicationEnabled,
        Option<String> agreementNumber,
        Option<String> msAssetTag,
        Option<List<NodeHardware>> hardwareInfo,
        Option<String> issuer,
        Option<String> version) {

    /** The names of the token's fields, as they appear on the wire (read without regard to case). */
    public static final List<String> NAMES = List.of(
            "cloudId", "objectId", "billingModel", "usageReportingEnabled", "marketplaceSyndicationEnabled",
            "agreementNumber", "msAssetTag", "hardwareInfo", "issuer", "version");
}
