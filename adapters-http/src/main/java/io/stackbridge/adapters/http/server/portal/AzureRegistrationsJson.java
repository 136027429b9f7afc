package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.application.port.in.admin.ListEveryRegistrationUseCase.RegistrationOverview;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.collection.List;

/** {@code GET /azure/registrations}: every registration as a CSP sees it, with its tenants and its multi-tenancy approval. */
public record AzureRegistrationsJson(java.util.List<Entry> registrations) {

    /** One registration; {@code id} is its Resource Manager ID, the one {@code /azure/approvals} takes. */
    public record Entry(String id, String subscriptionId, String resourceGroup, String name, String billingModel, String cloudId,
                        boolean multiTenancyApproved, java.util.List<Customer> customerSubscriptions) {

        static Entry from(RegistrationOverview overview) {
            Registration registration = overview.registration();
            RegistrationKey key = registration.key();
            return new Entry(ResourceIds.registration(key), key.subscriptionId().value(), key.resourceGroup().value(), key.name().value(),
                    registration.billingModel().name(), registration.cloudId().value(), overview.multiTenancyApproved(),
                    overview.customerSubscriptions().map(Customer::from).toJavaList());
        }
    }

    /** A customer subscription: {@code name} is the subscription's ID (the resource's name under the registration), {@code id} its Resource Manager ID. */
    public record Customer(String name, String subscriptionId, String tenantId, String id) {

        static Customer from(CustomerSubscription customer) {
            String subscription = customer.subscriptionId().value();
            return new Customer(subscription, subscription, customer.tenantId().value(),
                    ResourceIds.customerSubscription(customer.registration(), subscription));
        }
    }

    static AzureRegistrationsJson from(List<RegistrationOverview> overviews) {
        return new AzureRegistrationsJson(overviews.map(Entry::from).toJavaList());
    }
}
