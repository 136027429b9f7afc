package io.stackbridge.domain.arm;

import io.stackbridge.domain.id.SubscriptionId;

import java.util.Locale;
import java.util.Objects;

/** Whether a subscription has registered a resource provider namespace (such as Microsoft.AzureStack). */
public record ProviderRegistration(SubscriptionId subscriptionId, String namespace, State state) {

    public static final String AZURE_STACK = "Microsoft.AzureStack";

    /** The registration states ARM reports for a provider. */
    public enum State { NotRegistered, Registered }

    public ProviderRegistration {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(state, "state");
    }

    /** Namespaces compare without regard to case, as ARM does. */
    public boolean isFor(String otherNamespace) {
        return namespace.toLowerCase(Locale.ROOT).equals(otherNamespace.toLowerCase(Locale.ROOT));
    }
}
