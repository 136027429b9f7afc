package io.stackbridge.application.contract;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Builds registration token content as a stamp would produce it. Defaults: a random cloud ID, the
 * given object ID, PayAsYouUse, one hardware node.
 */
public final class StampTokens {

    private final ObjectId objectId;
    private final CloudId cloudId;
    private final BillingModel billingModel;
    private final Option<String> agreementNumber;
    private final boolean syndicated;

    private StampTokens(ObjectId objectId, CloudId cloudId, BillingModel billingModel, Option<String> agreementNumber, boolean syndicated) {
        this.objectId = objectId;
        this.cloudId = cloudId;
        this.billingModel = billingModel;
        this.agreementNumber = agreementNumber;
        this.syndicated = syndicated;
    }

    /** The same stamp with marketplace syndication turned on (off unless asked). */
    public StampTokens syndicated() {
        return new StampTokens(objectId, cloudId, billingModel, agreementNumber, true);
    }

    public static StampTokens forObject(ObjectId objectId) {
        return new StampTokens(objectId, new CloudId(Guid.random()), BillingModel.PayAsYouUse, Option.none(), false);
    }

    public StampTokens cloud(CloudId otherCloud) {
        return new StampTokens(objectId, otherCloud, billingModel, agreementNumber, syndicated);
    }

    public StampTokens billing(BillingModel model) {
        return new StampTokens(objectId, cloudId, model, agreementNumber, syndicated);
    }

    /** A Capacity token under an Enterprise Agreement (the agreement number the model requires). */
    public StampTokens capacity(String agreement) {
        return new StampTokens(objectId, cloudId, BillingModel.Capacity, Option.some(agreement), syndicated);
    }

    public RegistrationTokenContent build() {
        RegistrationTokenFields fields = new RegistrationTokenFields(
                Option.some(cloudId.value()), Option.some(objectId.value()), Option.some(billingModel.name()),
                Option.none(), Option.some(String.valueOf(syndicated)), agreementNumber, Option.none(),
                Option.some(List.of(node())), Option.some("stackbridge-tests"), Option.some("1.0"));
        return RegistrationTokenContent.from(fields).toEither()
                .getOrElseThrow(problems -> new IllegalStateException("test token rejected: " + problems));
    }

    /** One physical node with hashed hardware identifiers. */
    public static NodeHardware node() {
        return new NodeHardware("HC1N01", "5c91e766-2599-4920-b483-4fa9203dca71", 16, List.of("3dd2a0c1"),
                List.of("ee64a1b2", "0769c3d4"), List.of("6853e5f6"), List.of("9cef0718"), List.of("02d02a3b"));
    }

    /**
     * A Capacity token without its agreement number, as Base64 JSON written by hand: such content
     * breaks the billing rules, so it cannot be built through {@link RegistrationTokenContent}.
     */
    public static String capacityWithoutAgreementNumber(ObjectId objectId) {
        String json = "{\"cloudId\":\"" + Guid.random() + "\",\"objectId\":\"" + objectId + "\","
                + "\"billingModel\":\"Capacity\",\"usageReportingEnabled\":false,\"marketplaceSyndicationEnabled\":false,"
                + "\"hardwareInfo\":[{\"name\":\"HC1N01\",\"uuid\":\"5c91e766-2599-4920-b483-4fa9203dca71\",\"numCores\":16,"
                + "\"bios\":[\"3dd2a0c1\"],\"nic\":[\"ee64a1b2\"],\"cpu\":[\"6853e5f6\"],\"disk\":[\"9cef0718\"],"
                + "\"memory\":[\"02d02a3b\"]}],\"issuer\":\"stackbridge-tests\",\"version\":\"1.0\"}";
        return base64(json);
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
