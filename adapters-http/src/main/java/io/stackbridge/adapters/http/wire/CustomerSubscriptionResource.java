package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** A {@code Microsoft.AzureStack/registrations/customerSubscriptions} resource as ARM shows it. */
public record CustomerSubscriptionResource(String id, String name, String type, String etag, Properties properties) {

    /** The tenant whose usage the customer subscription pays for. */
    public record Properties(String tenantId) {
    }

    public static CustomerSubscriptionResource from(CustomerSubscription subscription) {
        String customer = subscription.subscriptionId().value();
        return new CustomerSubscriptionResource(ResourceIds.customerSubscription(subscription.registration(), customer),
                subscription.registration().name().value() + "/" + customer, ResourceIds.CUSTOMER_SUBSCRIPTIONS_TYPE,
                subscription.etag().value(), new Properties(subscription.tenantId().value()));
    }

    /** The mapping this resource describes under {@code registration}; the subscription ID is the name's last part. */
    public Validation<Seq<Violation>, CustomerSubscription> toDomain(RegistrationKey registration) {
        String customer = name == null ? "" : name.substring(name.lastIndexOf('/') + 1);
        var subscription = SubscriptionId.parse("name", customer);
        var tenant = TenantId.parse("properties.tenantId", properties == null ? null : properties.tenantId());
        List<Violation> problems = List.of(subscription.isInvalid() ? subscription.getError() : List.<Violation>empty(),
                tenant.isInvalid() ? tenant.getError() : List.<Violation>empty()).flatMap(found -> found);
        if (etag == null || etag.isBlank()) {
            problems = problems.append(Violation.of("etag", "", Rule.REQUIRED));
        }
        return Violation.check(problems, () -> new CustomerSubscription(registration, subscription.get(), tenant.get(), new ETag(etag)));
    }
}
