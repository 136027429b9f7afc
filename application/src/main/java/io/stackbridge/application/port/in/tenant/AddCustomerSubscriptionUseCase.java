package io.stackbridge.application.port.in.tenant;

import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.tenant.CustomerSubscriptionRequest;
import io.vavr.control.Either;

/** Maps a tenant to a CSP customer subscription under a registration (upsert, one subscription per tenant). */
public interface AddCustomerSubscriptionUseCase {

    Either<DomainError, CreatedOrUpdated<CustomerSubscription>> add(CustomerSubscriptionRequest request);
}
