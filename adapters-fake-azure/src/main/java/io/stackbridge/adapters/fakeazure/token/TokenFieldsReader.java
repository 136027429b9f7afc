package io.stackbridge.adapters.fakeazure.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.json.HardwareJson;
import io.stackbridge.adapters.fakeazure.json.JsonFields;
import io.stackbridge.adapters.fakeazure.json.JsonTrees;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * Finds the token's fields in its JSON object, keys matched without regard to case (the first
 * match wins). Scalars pass on as their text ({@code true}, {@code 4}); null is absent; only the
 * types are checked here, the values are the domain's business.
 */
final class TokenFieldsReader {

    private final JsonNode root;

    private TokenFieldsReader(JsonNode root) {
        this.root = root;
    }

    static Either<Seq<Violation>, RegistrationTokenFields> read(JsonNode root) {
        return new TokenFieldsReader(root).fields();
    }

    private Either<Seq<Violation>, RegistrationTokenFields> fields() {
        var cloudId = scalar("cloudId");
        var objectId = scalar("objectId");
        var billingModel = scalar("billingModel");
        var usageReporting = scalar("usageReportingEnabled");
        var syndication = scalar("marketplaceSyndicationEnabled");
        var agreementNumber = scalar("agreementNumber");
        var msAssetTag = scalar("msAssetTag");
        var hardware = hardware();
        var issuer = scalar("issuer");
        var version = scalar("version");
        Seq<Violation> problems = JsonFields.problems(cloudId, objectId, billingModel, usageReporting, syndication,
                agreementNumber, msAssetTag, hardware, issuer, version);
        return problems.isEmpty()
                ? Either.right(new RegistrationTokenFields(cloudId.get(), objectId.get(), billingModel.get(), usageReporting.get(),
                        syndication.get(), agreementNumber.get(), msAssetTag.get(), hardware.get(), issuer.get(), version.get()))
                : Either.left(problems);
    }

    private Validation<Seq<Violation>, Option<List<NodeHardware>>> hardware() {
        Option<JsonNode> value = member(HardwareJson.FIELD);
        return value.isEmpty()
                ? Validation.valid(Option.none())
                : HardwareJson.read(value.get(), HardwareJson.FIELD).map(Option::some);
    }

    private Validation<Seq<Violation>, Option<String>> scalar(String name) {
        Option<JsonNode> value = member(name);
        if (value.isEmpty()) {
            return Validation.valid(Option.none());
        }
        return value.get().isValueNode()
                ? Validation.valid(Option.some(JsonTrees.scalarText(value.get())))
                : Violation.invalid(name, JsonTrees.excerpt(value.get()), Rule.WRONG_TYPE, JsonFields.TEXT);
    }

    /** The first member whose key equals {@code name} in any case; JSON null is absent. */
    private Option<JsonNode> member(String name) {
        return List.ofAll(root::fieldNames)
                .find(key -> key.equalsIgnoreCase(name))
                .map(root::get)
                .filter(value -> !value.isNull());
    }
}
