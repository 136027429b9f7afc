package io.stackbridge.adapters.http.wire;

import io.stackbridge.adapters.support.json.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/** A {@code Microsoft.Resources/resourceGroups} resource as ARM shows it, and the body that creates one. */
public record ResourceGroupResource(String id, String name, String type, String location, java.util.Map<String, String> tags,
                                    Properties properties) {

    public static final String TYPE = "Microsoft.Resources/resourceGroups";
    public static final String SUCCEEDED = "Succeeded";

    /** Resource groups are provisioned at once. */
    public record Properties(String provisioningState) {
    }

    public static ResourceGroupResource from(ResourceGroup group) {
        return new ResourceGroupResource(ResourceIds.resourceGroup(group.subscriptionId(), group.name()), group.name().value(), TYPE,
                group.location(), group.tags().toJavaMap(), new Properties(SUCCEEDED));
    }

    /** What a client sends to create a group at {@code location}. */
    public static ResourceGroupResource body(String location) {
        return new ResourceGroupResource(null, null, null, location, null, null);
    }

    /** The group a PUT body describes at the path's subscription and name ({@code location} required, {@code tags} optional). */
    public static Validation<Seq<Violation>, ResourceGroup> read(JsonNode document, SubscriptionId subscription, ResourceGroupName name) {
        JsonFields body = JsonFields.root(document);
        Option<String> location = body.requiredText("location");
        Map<String, String> tags = body.textMap("tags").getOrElse(LinkedHashMap.empty());
        return body.result(() -> new ResourceGroup(subscription, name, location.get(), tags));
    }
}
