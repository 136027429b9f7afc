package io.stackbridge.application.port.out;

import io.stackbridge.domain.id.SubscriptionId;

/** Which resource provider namespaces each subscription has registered (namespaces compare without case). */
public interface ProviderRegistrationPort {

    boolean isRegistered(SubscriptionId subscriptionId, String namespace);

    void register(SubscriptionId subscriptionId, String namespace);
}
