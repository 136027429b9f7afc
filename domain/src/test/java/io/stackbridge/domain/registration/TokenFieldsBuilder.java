package io.stackbridge.domain.registration;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** Builds decoded registration-token fields for tests: a valid Development token unless told otherwise. */
public final class TokenFieldsBuilder {

    public static final String CLOUD_ID = "5bf881b2-6be7-42a1-9f47-d6fcb6737747";
    public static final String OBJECT_ID = "2dbdd5f4-daf3-442a-be35-b71c3debee5a";
    public static final NodeHardware NODE = new NodeHardware("HC1u15a0212", "5c91e766-2599-4920-b483-4fa9203dca71", 2,
            List.of("3dd2a0"), List.of("ee64", "0769"), List.of("6853"), List.of("9cef"), List.of("02d0"));

    private Option<String> cloudId = Option.some(CLOUD_ID);
    private Option<String> objectId = Option.some(OBJECT_ID);
    private Option<String> billingModel = Option.some("Development");
    private Option<String> usageReportingEnabled = Option.none();
    private Option<String> marketplaceSyndicationEnabled = Option.some("true");
    private Option<String> agreementNumber = Option.none();
    private Option<String> msAssetTag = Option.none();
    private Option<List<NodeHardware>> hardwareInfo = Option.some(List.of(NODE));
    private Option<String> issuer = Option.some("stackbridge-tests");
    private Option<String> version = Option.some("1.0");

    public static TokenFieldsBuilder aToken() {
        return new TokenFieldsBuilder();
    }

    public TokenFieldsBuilder cloudId(String value) {
        cloudId = Option.of(value);
        return this;
    }

    public TokenFieldsBuilder objectId(String value) {
        objectId = Option.of(value);
        return this;
    }

    public TokenFieldsBuilder billingModel(String value) {
        billingModel = Option.of(value);
        return this;
    }

    public TokenFieldsBuilder usageReportingEnabled(String value) {
        usageReportingEnabled = Option.of(value);
        return this;
    }

    public TokenFieldsBuilder agreementNumber(String value) {
        agreementNumber = Option.of(value);
        return this;
    }

    public TokenFieldsBuilder msAssetTag(String value) {
        msAssetTag = Option.of(value);
        return this;
    }

    public TokenFieldsBuilder hardwareInfo(List<NodeHardware> nodes) {
        hardwareInfo = Option.of(nodes);
        return this;
    }

    public TokenFieldsBuilder version(String value) {
        version = Option.of(value);
        return this;
    }

    public RegistrationTokenFields build() {
        return new RegistrationTokenFields(cloudId, objectId, billingModel, usageReportingEnabled, marketplaceSyndicationEnabled,
                agreementNumber, msAssetTag, hardwareInfo, issuer, version);
    }

    /** The checked content; fails the test if the fields are not valid. */
    public RegistrationTokenContent content() {
        return RegistrationTokenContent.from(build())
                .getOrElseThrow(() -> new AssertionError("test token should be valid"));
    }
}
