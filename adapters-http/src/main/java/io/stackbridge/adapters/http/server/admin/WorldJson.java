package io.stackbridge.adapters.http.server.admin;

import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.PartnerId;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.world.World;

import java.util.List;

/** The emulated world as the admin API shows it (principals without their secrets). */
public record WorldJson(List<Subscription> subscriptions, List<Principal> principals, List<Group> resourceGroups,
                        List<Provider> providers) {

    /** A subscription of the directory. */
    public record Subscription(String id, String offerType, String cspPartnerId, String tenantId) {
        public static Subscription from(DirectorySubscription subscription) {
            return new Subscription(subscription.id().value(), subscription.offer().name(),
                    subscription.cspPartner().map(PartnerId::value).getOrNull(), subscription.tenant().value());
        }
    }

    /** A service principal; its secret is never shown. */
    public record Principal(String tenantId, String clientId, String objectId, boolean enabled, String displayName) {
        public static Principal from(ServicePrincipal principal) {
            return new Principal(principal.tenantId().value(), principal.clientId().value(), principal.objectId().value(),
                    principal.enabled(), principal.displayName());
        }
    }

    /** A resource group of the world. */
    public record Group(String subscriptionId, String name, String location) {
    }

    /** A provider registration of the world. */
    public record Provider(String subscriptionId, String namespace, String registrationState) {
    }

    public static WorldJson from(World world) {
        return new WorldJson(world.subscriptions().map(Subscription::from).toJavaList(),
                world.principals().map(Principal::from).toJavaList(),
                world.resourceGroups().map((ResourceGroup group) -> new Group(group.subscriptionId().value(), group.name().value(),
                        group.location())).toJavaList(),
                world.providers().map((ProviderRegistration provider) -> new Provider(provider.subscriptionId().value(),
                        provider.namespace(), provider.state().name())).toJavaList());
    }
}
