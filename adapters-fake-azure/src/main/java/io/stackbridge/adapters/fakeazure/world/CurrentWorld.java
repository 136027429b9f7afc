package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The world as it is now: the initial one, plus the subscriptions and principals put since the last reset. */
@Singleton
public final class CurrentWorld implements Resettable, WorldPort {

    private final World initial;
    private final AtomicReference<World> current;

    @Inject
    public CurrentWorld(World initial) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.current = new AtomicReference<>(initial);
    }

    public World initial() {
        return initial;
    }

    @Override
    public World current() {
        return get();
    }

    public World get() {
        return current.get();
    }

    public Option<DirectorySubscription> subscription(SubscriptionId id) {
        return get().subscriptions().find(subscription -> subscription.id().equals(id));
    }

    public Option<ServicePrincipal> principal(TenantId tenantId, ClientId clientId) {
        return get().principals().find(principal -> principal.tenantId().equals(tenantId) && principal.clientId().equals(clientId));
    }

    /** Whether the tenant is a directory this world knows: one that holds a subscription or a principal. */
    public boolean knowsTenant(TenantId tenantId) {
        World world = get();
        return world.subscriptions().exists(subscription -> subscription.tenant().equals(tenantId))
                || world.principals().exists(principal -> principal.tenantId().equals(tenantId));
    }

    /** Adds a subscription, or replaces the one with the same ID, until the next reset. */
    public void putSubscription(DirectorySubscription subscription) {
        current.updateAndGet(world -> new World(
                replaced(world.subscriptions(), subscription, old -> old.id().equals(subscription.id())),
                world.principals(), world.resourceGroups(), world.providers(), world.products()));
    }

    /** Adds a principal, or replaces the one with the same tenant and client ID, until the next reset. */
    public void putPrincipal(ServicePrincipal principal) {
        current.updateAndGet(world -> new World(world.subscriptions(),
                replaced(world.principals(), principal,
                        old -> old.tenantId().equals(principal.tenantId()) && old.clientId().equals(principal.clientId())),
                world.resourceGroups(), world.providers(), world.products()));
    }

    @Override
    public void reset() {
        current.set(initial);
    }

    private static <T> List<T> replaced(List<T> entries, T entry, java.util.function.Predicate<T> same) {
        return entries.exists(same) ? entries.map(old -> same.test(old) ? entry : old) : entries.append(entry);
    }
}
