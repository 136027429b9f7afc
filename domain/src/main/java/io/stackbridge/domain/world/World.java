package io.stackbridge.domain.world;

import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.marketplace.Product;
import io.vavr.collection.List;

import java.util.Objects;

/**
 * The starting state of an emulated Azure: the subscriptions the directory knows (offer, CSP
 * partner, tenant), the service principals that can sign in, and the resource groups and provider
 * registrations that exist before the first call, and the marketplace catalog Azure offers registered
 * stamps. Reset returns the emulator to its world.
 */
public record World(List<DirectorySubscription> subscriptions, List<ServicePrincipal> principals,
                    List<ResourceGroup> resourceGroups, List<ProviderRegistration> providers,
                    List<Product> products) {

    public static final World EMPTY = new World(List.empty(), List.empty(), List.empty(), List.empty(), List.empty());

    public World {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(principals, "principals");
        Objects.requireNonNull(resourceGroups, "resourceGroups");
        Objects.requireNonNull(providers, "providers");
        Objects.requireNonNull(products, "products");
    }
}
