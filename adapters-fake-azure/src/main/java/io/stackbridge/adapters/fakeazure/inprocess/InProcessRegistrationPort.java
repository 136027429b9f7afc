package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.domain.bridge.CalledService;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.application.port.in.arm.CreateOrUpdateResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.RegisterResourceProviderUseCase;
import io.stackbridge.application.port.in.registration.CreateOrUpdateRegistrationUseCase;
import io.stackbridge.application.port.in.registration.DeleteRegistrationUseCase;
import io.stackbridge.application.port.in.registration.GetActivationKeyUseCase;
import io.stackbridge.application.port.in.registration.GetRegistrationUseCase;
import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase;
import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase.Scope;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** The registration tooling's way to the in-process registration provider: the cloud-side use cases, called directly. */
public final class InProcessRegistrationPort implements RegistrationPort {

    private final InProcessBoundary boundary;
    private final CalledService naming;
    private final RegisterResourceProviderUseCase providers;
    private final CreateOrUpdateResourceGroupUseCase groups;
    private final CreateOrUpdateRegistrationUseCase createOrUpdate;
    private final GetRegistrationUseCase get;
    private final DeleteRegistrationUseCase delete;
    private final GetActivationKeyUseCase activationKeys;
    private final ListRegistrationsUseCase list;

    @Inject
    public InProcessRegistrationPort(InProcessBoundary boundary, AzureEndpoints endpoints, RegisterResourceProviderUseCase providers,
                                     CreateOrUpdateResourceGroupUseCase groups, CreateOrUpdateRegistrationUseCase createOrUpdate,
                                     GetRegistrationUseCase get, DeleteRegistrationUseCase delete,
                                     GetActivationKeyUseCase activationKeys, ListRegistrationsUseCase list) {
        this.boundary = boundary;
        this.naming = AzureService.RESOURCE_MANAGER.at(endpoints.management().toString());
        this.providers = providers;
        this.groups = groups;
        this.createOrUpdate = createOrUpdate;
        this.get = get;
        this.delete = delete;
        this.activationKeys = activationKeys;
        this.list = list;
    }

    @Override
    public Either<DomainError, SubscriptionId> registerProvider(SubscriptionId subscriptionId) {
        String resource = "/subscriptions/" + subscriptionId + "/providers/" + ProviderRegistration.AZURE_STACK;
        return boundary.call(FaultCall.on(Operation.Providers_Register, subscriptionId), resource, naming,
                () -> providers.register(subscriptionId, ProviderRegistration.AZURE_STACK).map(registered -> subscriptionId));
    }

    @Override
    public Either<DomainError, ResourceGroupName> createResourceGroup(SubscriptionId subscriptionId, ResourceGroupName name,
                                                                      String location) {
        FaultCall call = new FaultCall(Operation.ResourceGroups_CreateOrUpdate, Option.some(subscriptionId), Option.some(name),
                Option.none());
        return boundary.call(call, ResourceIds.resourceGroup(subscriptionId, name), naming,
                () -> groups.createOrUpdate(new ResourceGroup(subscriptionId, name, location, null)).map(written -> name));
    }

    @Override
    public Either<DomainError, CreatedOrUpdated<RegistrationSummary>> createOrUpdate(RegistrationKey key, String registrationToken) {
        return boundary.call(FaultCall.on(Operation.Registrations_CreateOrUpdate, key), ResourceIds.registration(key), naming,
                () -> createOrUpdate.createOrUpdate(new CreateOrUpdateRegistrationUseCase.Command(key, registrationToken, Option.none()))
                        .map(written -> new CreatedOrUpdated<>(RegistrationSummary.of(written.resource()), written.created())));
    }

    @Override
    public Either<DomainError, RegistrationSummary> get(RegistrationKey key) {
        return boundary.call(FaultCall.on(Operation.Registrations_Get, key), ResourceIds.registration(key), naming,
                () -> get.get(key).map(RegistrationSummary::of));
    }

    @Override
    public Either<DomainError, Removal> delete(RegistrationKey key) {
        return boundary.call(FaultCall.on(Operation.Registrations_Delete, key), ResourceIds.registration(key), naming,
                () -> delete.delete(key, Option.none()));
    }

    @Override
    public Either<DomainError, ActivationKey> activationKey(RegistrationKey key) {
        return boundary.call(FaultCall.on(Operation.Registrations_GetActivationKey, key), ResourceIds.registration(key), naming,
                () -> activationKeys.activationKey(key));
    }

    @Override
    public Either<DomainError, List<RegistrationSummary>> list(SubscriptionId subscriptionId, Option<ResourceGroupName> resourceGroup) {
        Operation operation = resourceGroup.isEmpty() ? Operation.Registrations_ListBySubscription : Operation.Registrations_List;
        FaultCall call = new FaultCall(operation, Option.some(subscriptionId), resourceGroup, Option.none());
        String scope = resourceGroup.map(group -> ResourceIds.resourceGroup(subscriptionId, group))
                .getOrElse(() -> "/subscriptions/" + subscriptionId);
        return boundary.call(call, scope + "/providers/" + ResourceIds.REGISTRATIONS_TYPE, naming,
                () -> list.list(new Scope(subscriptionId, resourceGroup)).map(found -> found.map(RegistrationSummary::of)));
    }
}
