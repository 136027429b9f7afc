package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.world.World;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which provider namespaces each subscription registered (compared without case), starting with the world's. */
@Singleton
public final class InMemoryProviderRegistrations implements ProviderRegistrationPort, Resettable {

    /** A subscription and a lower-cased namespace. */
    private record Key(SubscriptionId subscriptionId, String namespace) {
        static Key of(SubscriptionId subscriptionId, String namespace) {
            return new Key(subscriptionId, namespace.trim().toLowerCase(Locale.ROOT));
        }
    }

    private final World world;
    private final Set<Key> registered = ConcurrentHashMap.newKeySet();

    @Inject
    public InMemoryProviderRegistrations(World world) {
        this.world = world;
        reset();
    }

    @Override
    public boolean isRegistered(SubscriptionId subscriptionId, String namespace) {
        return registered.contains(Key.of(subscriptionId, namespace));
    }

    @Override
    public void register(SubscriptionId subscriptionId, String namespace) {
        registered.add(Key.of(subscriptionId, namespace));
    }

    @Override
    public void reset() {
        registered.clear();
        world.providers()
                .filter(provider -> provider.state() == ProviderRegistration.State.Registered)
                .forEach(provider -> register(provider.subscriptionId(), provider.namespace()));
    }
}
