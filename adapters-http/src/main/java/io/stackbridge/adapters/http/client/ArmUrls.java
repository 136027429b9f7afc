package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.http.wire.ArmPaths;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;

import io.vavr.control.Option;

import java.net.URI;

/** The Resource Manager URLs the registration clients call: the {@link ArmPaths} templates filled in, with their api-versions. */
final class ArmUrls {

    private final ArmTarget target;

    ArmUrls(ArmTarget target) {
        this.target = target;
    }

    URI providerRegistration(SubscriptionId subscription) {
        return resources(UrlPaths.filled(target.management(), ArmPaths.PROVIDER_REGISTRATION, subscription.value()));
    }

    URI resourceGroup(SubscriptionId subscription, ResourceGroupName group) {
        return resources(UrlPaths.filled(target.management(), ArmPaths.RESOURCE_GROUP, subscription.value(), group.value()));
    }

    URI registration(RegistrationKey key, String... below) {
        String url = registrationUrl(ArmPaths.REGISTRATION, key);
        return azureStack(below.length == 0 ? url : url + UrlPaths.under(URI.create(""), below));
    }

    /** The registrations of a resource group (Registrations_List), or of the whole subscription (Registrations_ListBySubscription). */
    URI registrations(SubscriptionId subscription, Option<ResourceGroupName> group) {
        return azureStack(group.isEmpty()
                ? UrlPaths.filled(target.management(), ArmPaths.SUBSCRIPTION_REGISTRATIONS, subscription.value())
                : UrlPaths.filled(target.management(), ArmPaths.REGISTRATIONS, subscription.value(), group.get().value()));
    }

    URI customerSubscriptions(RegistrationKey key) {
        return azureStack(registrationUrl(ArmPaths.CUSTOMER_SUBSCRIPTIONS, key));
    }

    URI customerSubscription(RegistrationKey key, String customerSubscriptionId) {
        return azureStack(registrationUrl(ArmPaths.CUSTOMER_SUBSCRIPTION, key, customerSubscriptionId));
    }

    private String registrationUrl(String template, RegistrationKey key, String... more) {
        String[] values = new String[3 + more.length];
        values[0] = key.subscriptionId().value();
        values[1] = key.resourceGroup().value();
        values[2] = key.name().value();
        System.arraycopy(more, 0, values, 3, more.length);
        return UrlPaths.filled(target.management(), template, values);
    }

    private URI azureStack(String url) {
        return UrlPaths.withQuery(url, "api-version", target.apiVersion());
    }

    private URI resources(String url) {
        return UrlPaths.withQuery(url, "api-version", target.resourcesApiVersion());
    }
}
