package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What a stamp's registration token says, for tests and demos: one node, the billing model's
 * defaults, the agreement number or asset tag the model requires, and the default world's
 * bridge principal unless another object ID is given.
 */
public final class StampTokens {

    public static final String AGREEMENT_NUMBER = "stackbridge-agreement-0001";
    public static final String MS_ASSET_TAG = "stackbridge-asset-0001";
    public static final String ISSUER = "stackbridge";
    public static final String VERSION = "4.0";

    private StampTokens() {
    }

    public static RegistrationTokenContent content(CloudId cloudId, BillingModel model) {
        return content(cloudId, DefaultWorld.BRIDGE_OBJECT_ID, model);
    }

    public static RegistrationTokenContent content(CloudId cloudId, ObjectId objectId, BillingModel model) {
        RegistrationTokenFields fields = new RegistrationTokenFields(Option.some(cloudId.value()), Option.some(objectId.value()),
                Option.some(model.name()), Option.none(), Option.some("false"),
                Option.when(model.requiresAgreementNumber(), AGREEMENT_NUMBER), Option.when(model.requiresMsAssetTag(), MS_ASSET_TAG),
                Option.some(List.of(node(cloudId))), Option.some(ISSUER), Option.some(VERSION));
        return RegistrationTokenContent.from(fields).toEither().getOrElseThrow(problems ->
                new IllegalStateException("a sample token breaks the rules: " + problems.mkString("; ")));
    }

    private static NodeHardware node(CloudId cloudId) {
        String id = cloudId.guid().key().replace("-", "");
        return new NodeHardware("node01", cloudId.value(), 8, List.of("bios-" + id), List.of("nic-" + id),
                List.of("cpu-" + id), List.of("disk-" + id), List.of("memory-" + id));
    }
}
