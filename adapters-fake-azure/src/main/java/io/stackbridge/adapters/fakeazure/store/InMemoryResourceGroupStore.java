package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.world.World;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** ARM's resource groups, in memory, starting with (and reset to) the world's. */
@Singleton
public final class InMemoryResourceGroupStore implements ResourceGroupStorePort, Resettable {

    /** Where a resource group lives; both parts compare without regard to case. */
    private record Key(SubscriptionId subscriptionId, ResourceGroupName name) {
    }

    private final World world;
    private final ConcurrentMap<Key, ResourceGroup> groups = new ConcurrentHashMap<>();

    @Inject
    public InMemoryResourceGroupStore(World world) {
        this.world = world;
        reset();
    }

    @Override
    public Option<ResourceGroup> find(SubscriptionId subscriptionId, ResourceGroupName name) {
        return Option.of(groups.get(new Key(subscriptionId, name)));
    }

    @Override
    public void save(ResourceGroup resourceGroup) {
        groups.put(new Key(resourceGroup.subscriptionId(), resourceGroup.name()), resourceGroup);
    }

    @Override
    public void delete(SubscriptionId subscriptionId, ResourceGroupName name) {
        groups.remove(new Key(subscriptionId, name));
    }

    @Override
    public void reset() {
        groups.clear();
        world.resourceGroups().forEach(this::save);
    }
}
