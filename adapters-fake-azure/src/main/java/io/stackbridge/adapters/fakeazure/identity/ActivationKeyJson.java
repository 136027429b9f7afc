package io.stackbridge.adapters.fakeazure.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.fakeazure.json.HardwareJson;
import io.stackbridge.adapters.fakeazure.json.JsonFields;
import io.stackbridge.adapters.fakeazure.json.JsonTrees;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The claims of an activation key, named as in Azure's published key; {@code expires} is an ISO-8601 text. */
final class ActivationKeyJson {

    private ActivationKeyJson() {
    }

    static ObjectNode write(ActivationKeyClaims claims) {
        ObjectNode json = JsonTrees.object()
                .put("subscriptionId", claims.subscriptionId().value())
                .put("resourceGroupName", claims.resourceGroupName().value())
                .put("registrationName", claims.registrationName().value())
                .put("cloudId", claims.cloudId().value())
                .put("objectId", claims.objectId().value())
                .put("billingModel", claims.billingModel().name())
                .put("usageReportingEnabled", claims.usageReportingEnabled())
                .put("marketplaceSyndicationEnabled", claims.marketplaceSyndicationEnabled())
                .put("usageEndpoint", claims.usageEndpoint())
                .put("usageResourceUri", claims.usageResourceUri());
        json.set(HardwareJson.FIELD, HardwareJson.write(claims.hardwareInfo()));
        return json.put("expires", claims.expires().toString())
                .put("issuer", claims.issuer())
                .put("version", claims.version());
    }

    /** The claims, or none when one is missing or malformed. */
    static Option<ActivationKeyClaims> read(JsonNode json) {
        JsonFields f = new JsonFields(json, "");
        var subscription = f.parsed("subscriptionId", SubscriptionId::parse);
        var group = f.parsed("resourceGroupName", ResourceGroupName::parse);
        var name = f.parsed("registrationName", RegistrationName::parse);
        var cloud = f.parsed("cloudId", CloudId::parse);
        var object = f.parsed("objectId", ObjectId::parse);
        var model = f.parsed("billingModel", BillingModel::parse);
        var reporting = flag(f, "usageReportingEnabled");
        var syndication = flag(f, "marketplaceSyndicationEnabled");
        var usageEndpoint = f.requiredText("usageEndpoint");
        var usageResource = f.requiredText("usageResourceUri");
        Validation<Seq<Violation>, List<NodeHardware>> hardware = f.member(HardwareJson.FIELD)
                .map(value -> HardwareJson.read(value, HardwareJson.FIELD))
                .getOrElse(() -> Violation.invalid(HardwareJson.FIELD, "", Rule.REQUIRED));
        var expires = f.requiredText("expires").flatMap(text -> instant(f.field("expires"), text));
        var issuer = f.optionalText("issuer");
        var version = f.requiredText("version");
        return Violation.check(JsonFields.problems(subscription, group, name, cloud, object, model, reporting, syndication,
                        usageEndpoint, usageResource, hardware, expires, issuer, version),
                () -> new ActivationKeyClaims(subscription.get(), group.get(), name.get(), cloud.get(), object.get(), model.get(),
                        reporting.get(), syndication.get(), usageEndpoint.get(), usageResource.get(), hardware.get(),
                        expires.get(), issuer.get().getOrElse(""), version.get())).toOption();
    }

    /** A boolean that must be present. */
    private static Validation<Seq<Violation>, Boolean> flag(JsonFields f, String name) {
        return f.member(name).isDefined() ? f.bool(name, false) : Violation.invalid(f.field(name), "", Rule.REQUIRED);
    }

    private static Validation<Seq<Violation>, Instant> instant(String field, String text) {
        try {
            return Validation.valid(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notATime) {
            return Violation.invalid(field, text, Rule.WRONG_TYPE, ValueType.TIME);
        }
    }
}
