package io.stackbridge.adapters.http.server.localusage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.localusage.InstanceData;
import io.vavr.collection.Map;

/**
 * An aggregate's instance data as the API sends it: a JSON document in a string,
 * {@code {"Microsoft.Resources":{"resourceUri":…,"location":…,"tags":…,"additionalInfo":…}}},
 * with {@code null} for empty tags or information.
 */
final class InstanceDataJson {

    private InstanceDataJson() {
    }

    static String of(InstanceData data) {
        ObjectNode resources = WireJson.mapper().createObjectNode();
        resources.put("resourceUri", data.resourceUri());
        resources.put("location", data.location());
        resources.set("tags", object(data.tags()));
        resources.set("additionalInfo", object(data.additionalInfo()));
        ObjectNode document = WireJson.mapper().createObjectNode();
        document.set("Microsoft.Resources", resources);
        return WireJson.write(document);
    }

    private static ObjectNode object(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode node = WireJson.mapper().createObjectNode();
        values.forEach(node::put);
        return node;
    }
}
