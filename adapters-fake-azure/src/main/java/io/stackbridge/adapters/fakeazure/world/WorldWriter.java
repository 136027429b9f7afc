package io.stackbridge.adapters.fakeazure.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.fakeazure.json.JsonTrees;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.world.World;

/**
 * Writes a {@link World} in the world-file format that {@link WorldLoader} reads (registered
 * providers only; resource group tags and display names of subscriptions are not part of the format).
 */
public final class WorldWriter {

    private WorldWriter() {
    }

    public static String toJson(World world) {
        return JsonTrees.pretty(tree(world));
    }

    public static ObjectNode tree(World world) {
        ObjectNode root = JsonTrees.object();
        ArrayNode subscriptions = root.putArray(WorldLoader.SUBSCRIPTIONS);
        world.subscriptions().forEach(subscription -> {
            ObjectNode entry = subscriptions.addObject()
                    .put("id", subscription.id().value())
                    .put("offerType", subscription.offer().name());
            subscription.cspPartner().forEach(partner -> entry.put("cspPartnerId", partner.value()));
            entry.put("tenantId", subscription.tenant().value());
        });
        ArrayNode principals = root.putArray(WorldLoader.PRINCIPALS);
        world.principals().forEach(principal -> principals.addObject()
                .put("tenantId", principal.tenantId().value())
                .put("clientId", principal.clientId().value())
                .put("objectId", principal.objectId().value())
                .put("secret", principal.secret().value())
                .put("enabled", principal.enabled())
                .put("displayName", principal.displayName()));
        ArrayNode groups = root.putArray(WorldLoader.RESOURCE_GROUPS);
        world.resourceGroups().forEach(group -> groups.addObject()
                .put("subscriptionId", group.subscriptionId().value())
                .put("name", group.name().value())
                .put("location", group.location()));
        ArrayNode providers = root.putArray(WorldLoader.REGISTERED_PROVIDERS);
        world.providers()
                .filter(provider -> provider.state() == ProviderRegistration.State.Registered)
                .forEach(provider -> providers.addObject()
                        .put("subscriptionId", provider.subscriptionId().value())
                        .put("namespace", provider.namespace()));
        return root;
    }
}
