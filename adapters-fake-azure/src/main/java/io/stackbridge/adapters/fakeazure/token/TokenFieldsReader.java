package io.stackbridge.adapters.fakeazure.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.json.HardwareJson;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

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
        JsonFields f = JsonFields.at(root, "");
        var cloudId = scalar(f, "cloudId");
        var objectId = scalar(f, "objectId");
        var billingModel = scalar(f, "billingModel");
        var usageReporting = scalar(f, "usageReportingEnabled");
        var syndication = scalar(f, "marketplaceSyndicationEnabled");
        var agreementNumber = scalar(f, "agreementNumber");
        var msAssetTag = scalar(f, "msAssetTag");
        var hardware = member(HardwareJson.FIELD).flatMap(value -> HardwareJson.read(f, value, HardwareJson.FIELD));
        var issuer = scalar(f, "issuer");
        var version = scalar(f, "version");
        return f.result(() -> new RegistrationTokenFields(cloudId, objectId, billingModel, usageReporting, syndication,
                agreementNumber, msAssetTag, hardware, issuer, version)).toEither();
    }

    /** A scalar's text; none when absent, or when not a scalar (reported to {@code f}). */
    private Option<String> scalar(JsonFields f, String name) {
        Option<JsonNode> value = member(name);
        if (value.isDefined() && !value.get().isValueNode()) {
            f.report(Violation.of(name, JsonTrees.excerpt(value.get()), Rule.WRONG_TYPE, ValueType.TEXT));
            return Option.none();
        }
        return value.map(JsonTrees::scalarText);
    }

    /** The first member whose key equals {@code name} in any case; JSON null is absent. */
    private Option<JsonNode> member(String name) {
        return List.ofAll(root::fieldNames)
                .find(key -> key.equalsIgnoreCase(name))
                .map(root::get)
                .filter(value -> !value.isNull());
    }
}
