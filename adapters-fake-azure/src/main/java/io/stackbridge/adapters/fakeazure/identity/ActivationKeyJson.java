package io.stackbridge.adapters.fakeazure.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.fakeazure.json.HardwareJson;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.adapters.support.json.JsonTrees;
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
import io.vavr.control.Option;

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
        JsonFields f = JsonFields.at(json, "");
        var subscription = f.parsed("subscriptionId", SubscriptionId::parse);
        var group = f.parsed("resourceGroupName", ResourceGroupName::parse);
        var name = f.parsed("registrationName", RegistrationName::parse);
        var cloud = f.parsed("cloudId", CloudId::parse);
        var object = f.parsed("objectId", ObjectId::parse);
        var model = f.parsed("billingModel", BillingModel::parse);
        var reporting = f.requiredBool("usageReportingEnabled");
        var syndication = f.requiredBool("marketplaceSyndicationEnabled");
        var usageEndpoint = f.filledText("usageEndpoint");
        var usageResource = f.filledText("usageResourceUri");
        Option<List<NodeHardware>> hardware = f.member(HardwareJson.FIELD).isEmpty()
                ? required(f, HardwareJson.FIELD)
                : HardwareJson.read(f, f.member(HardwareJson.FIELD).get(), HardwareJson.FIELD);
        var expires = f.filledText("expires").flatMap(text -> instant(f, "expires", text));
        var issuer = f.text("issuer");
        var version = f.filledText("version");
        return f.result(() -> new ActivationKeyClaims(subscription.get(), group.get(), name.get(), cloud.get(), object.get(), model.get(),
                reporting.get(), syndication.get(), usageEndpoint.get(), usageResource.get(), hardware.get(),
                expires.get(), issuer.getOrElse(""), version.get())).toOption();
    }

    private static <T> Option<T> required(JsonFields f, String name) {
        f.report(Violation.of(name, "", Rule.REQUIRED));
        return Option.none();
    }

    private static Option<Instant> instant(JsonFields f, String name, String text) {
        try {
            return Option.some(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notATime) {
            f.report(Violation.of(name, text, Rule.WRONG_TYPE, ValueType.TIME));
            return Option.none();
        }
    }
}
