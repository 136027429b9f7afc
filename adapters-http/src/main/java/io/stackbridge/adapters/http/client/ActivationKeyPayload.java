package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.wire.JsonDocument;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.NodeHardware;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Reads the claims of a verified activation key (the payload Azure's published example shows):
 * none when a claim is missing or malformed. Hardware entries are read as far as they are present.
 */
final class ActivationKeyPayload {

    private static final String HARDWARE = "hardwareInfo";

    private ActivationKeyPayload() {
    }

    static Option<ActivationKeyClaims> read(String payload) {
        return JsonDocument.parse(payload).toOption().flatMap(ActivationKeyPayload::claims);
    }

    private static Option<ActivationKeyClaims> claims(JsonNode json) {
        JsonFields f = JsonFields.root(json);
        var subscription = f.requiredText("subscriptionId").flatMap(text -> f.parsed(SubscriptionId.parse(text)));
        var group = f.requiredText("resourceGroupName").flatMap(text -> f.parsed(ResourceGroupName.parse(text)));
        var name = f.requiredText("registrationName").flatMap(text -> f.parsed(RegistrationName.parse(text)));
        var cloud = f.requiredText("cloudId").flatMap(text -> f.parsed(CloudId.parse(text)));
        var object = f.requiredText("objectId").flatMap(text -> f.parsed(ObjectId.parse(text)));
        var model = f.requiredText("billingModel").flatMap(text -> f.parsed(BillingModel.parse(text)));
        var reporting = f.bool("usageReportingEnabled");
        var syndication = f.bool("marketplaceSyndicationEnabled");
        var usageEndpoint = f.requiredText("usageEndpoint");
        var usageResource = f.requiredText("usageResourceUri");
        var expires = f.requiredTime("expires");
        var version = f.requiredText("version");
        List<NodeHardware> hardware = hardware(json.get(HARDWARE));
        return f.result(() -> new ActivationKeyClaims(subscription.get(), group.get(), name.get(), cloud.get(), object.get(),
                model.get(), reporting.getOrElse(false), syndication.getOrElse(false), usageEndpoint.get(), usageResource.get(),
                hardware, expires.get(), f.text("issuer").getOrElse(""), version.get())).toOption();
    }

    private static List<NodeHardware> hardware(JsonNode nodes) {
        if (nodes == null || !nodes.isArray()) {
            return List.empty();
        }
        return List.ofAll(nodes).filter(JsonNode::isObject).map(node -> new NodeHardware(node.path("name").asText(""),
                node.path("uuid").asText(""), Math.max(0, node.path("numCores").asInt(0)), texts(node, "bios"), texts(node, "nic"),
                texts(node, "cpu"), texts(node, "disk"), texts(node, "memory")));
    }

    private static List<String> texts(JsonNode node, String name) {
        JsonNode values = node.get(name);
        return values == null || !values.isArray() ? List.empty() : List.ofAll(values).filter(JsonNode::isTextual).map(JsonNode::textValue);
    }
}
