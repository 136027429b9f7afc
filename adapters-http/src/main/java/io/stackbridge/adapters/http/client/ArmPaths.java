package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;

import java.net.URI;

/** The Resource Manager URLs of the registration flow (docs/domain.md §4–§5), with their api-versions. */
final class ArmPaths {

    private final ArmTarget target;

    ArmPaths(ArmTarget target) {
        this.target = target;
    }

    URI providerRegistration(SubscriptionId subscription) {
        return resources(UrlPaths.under(target.management(), "subscriptions", subscription.value(), "providers",
                ProviderRegistration.AZURE_STACK, "register"));
    }

    URI resourceGroup(SubscriptionId subscription, ResourceGroupName group) {
        return resources(UrlPaths.under(target.management(), "subscriptions", subscription.value(), "resourcegroups", group.value()));
    }

    URI registration(RegistrationKey key, String... below) {
        return azureStack(registrationUrl(key, below));
    }

    URI customerSubscriptions(RegistrationKey key) {
        return azureStack(registrationUrl(key, "customerSubscriptions"));
    }

    URI customerSubscription(RegistrationKey key, String customerSubscriptionId) {
        return azureStack(registrationUrl(key, "customerSubscriptions", customerSubscriptionId));
    }

    private String registrationUrl(RegistrationKey key, String... below) {
        String url = UrlPaths.under(target.management(), "subscriptions", key.subscriptionId().value(), "resourceGroups",
                key.resourceGroup().value(), "providers", ProviderRegistration.AZURE_STACK, "registrations", key.name().value());
        return below.length == 0 ? url : url + UrlPaths.under(URI.create(""), below);
    }

    private URI azureStack(String url) {
        return UrlPaths.withQuery(url, "api-version", target.apiVersion());
    }

    private URI resources(String url) {
        return UrlPaths.withQuery(url, "api-version", target.resourcesApiVersion());
    }
}
