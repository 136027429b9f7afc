package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.domain.bridge.CalledService;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.application.port.in.tenant.AddCustomerSubscriptionUseCase;
import io.stackbridge.application.port.in.tenant.GetCustomerSubscriptionUseCase;
import io.stackbridge.application.port.in.tenant.ListCustomerSubscriptionsUseCase;
import io.stackbridge.application.port.in.tenant.RemoveCustomerSubscriptionUseCase;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.tenant.CustomerSubscriptionRequest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** A CSP operator's way to the in-process registration provider's customer subscriptions. */
public final class InProcessCustomerSubscriptionPort implements CustomerSubscriptionPort {

    private final InProcessBoundary boundary;
    private final CalledService naming;
    private final AddCustomerSubscriptionUseCase add;
    private final GetCustomerSubscriptionUseCase get;
    private final ListCustomerSubscriptionsUseCase list;
    private final RemoveCustomerSubscriptionUseCase remove;

    @Inject
    public InProcessCustomerSubscriptionPort(InProcessBoundary boundary, AzureEndpoints endpoints, AddCustomerSubscriptionUseCase add,
                                             GetCustomerSubscriptionUseCase get, ListCustomerSubscriptionsUseCase list,
                                             RemoveCustomerSubscriptionUseCase remove) {
        this.boundary = boundary;
        this.naming = AzureService.RESOURCE_MANAGER.at(endpoints.management().toString());
        this.add = add;
        this.get = get;
        this.list = list;
        this.remove = remove;
    }

    @Override
    public Either<DomainError, CustomerSubscription> add(RegistrationKey registration, String customerSubscriptionId,
                                                         Option<TenantId> tenantId) {
        return boundary.call(FaultCall.on(Operation.CustomerSubscriptions_Create, registration),
                ResourceIds.customerSubscription(registration, customerSubscriptionId), naming,
                () -> add.add(new CustomerSubscriptionRequest(registration, customerSubscriptionId, tenantId)).map(CreatedOrUpdated::resource));
    }

    @Override
    public Either<DomainError, CustomerSubscription> get(RegistrationKey registration, String customerSubscriptionId) {
        return boundary.call(FaultCall.on(Operation.CustomerSubscriptions_Get, registration),
                ResourceIds.customerSubscription(registration, customerSubscriptionId), naming,
                () -> get.get(registration, customerSubscriptionId));
    }

    @Override
    public Either<DomainError, List<CustomerSubscription>> list(RegistrationKey registration) {
        return boundary.call(FaultCall.on(Operation.CustomerSubscriptions_List, registration),
                ResourceIds.registration(registration) + "/customerSubscriptions", naming, () -> list.list(registration));
    }

    @Override
    public Either<DomainError, Removal> remove(RegistrationKey registration, String customerSubscriptionId) {
        return boundary.call(FaultCall.on(Operation.CustomerSubscriptions_Delete, registration),
                ResourceIds.customerSubscription(registration, customerSubscriptionId), naming,
                () -> remove.remove(registration, customerSubscriptionId));
    }
}
