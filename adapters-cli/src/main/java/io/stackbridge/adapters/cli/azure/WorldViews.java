package io.stackbridge.adapters.cli.azure;

import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.world.World;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code azure world --output json}: the world's lists, principals without any secret, products counted. */
final class WorldViews {

    private WorldViews() {
    }

    static Map<String, Object> of(World world) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subscriptions", world.subscriptions().map(WorldViews::subscription).toJavaList());
        view.put("principals", world.principals().map(WorldViews::principal).toJavaList());
        view.put("resourceGroups", world.resourceGroups().map(WorldViews::group).toJavaList());
        view.put("providers", world.providers().map(WorldViews::provider).toJavaList());
        view.put("products", world.products().size());
        return view;
    }

    private static Map<String, Object> subscription(DirectorySubscription subscription) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", subscription.id().value());
        view.put("offerType", subscription.offer().name());
        view.put("cspPartnerId", subscription.cspPartner().map(partner -> partner.value()).getOrNull());
        view.put("tenantId", subscription.tenant().value());
        return view;
    }

    private static Map<String, Object> principal(ServicePrincipal principal) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("tenantId", principal.tenantId().value());
        view.put("clientId", principal.clientId().value());
        view.put("objectId", principal.objectId().value());
        view.put("enabled", principal.enabled());
        view.put("displayName", principal.displayName());
        return view;
    }

    private static Map<String, Object> group(ResourceGroup group) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subscriptionId", group.subscriptionId().value());
        view.put("name", group.name().value());
        view.put("location", group.location());
        return view;
    }

    private static Map<String, Object> provider(ProviderRegistration provider) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subscriptionId", provider.subscriptionId().value());
        view.put("namespace", provider.namespace());
        view.put("registrationState", provider.state().name());
        return view;
    }
}
