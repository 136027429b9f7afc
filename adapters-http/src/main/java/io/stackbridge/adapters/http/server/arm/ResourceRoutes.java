package io.stackbridge.adapters.http.server.arm;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.ArmPaths;
import io.stackbridge.adapters.http.wire.OperationList;
import io.stackbridge.adapters.http.wire.ProviderResource;
import io.stackbridge.adapters.http.wire.ResourceGroupResource;
import io.stackbridge.application.port.in.arm.CreateOrUpdateResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.DeleteResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.GetResourceGroupUseCase;
import io.stackbridge.application.port.in.arm.GetResourceProviderUseCase;
import io.stackbridge.application.port.in.arm.RegisterResourceProviderUseCase;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** What the registration flow calls before registrations: provider registration, resource groups, and the operations list. */
public final class ResourceRoutes {

    private final RegisterResourceProviderUseCase registerResourceProvider;
    private final GetResourceProviderUseCase getResourceProvider;
    private final CreateOrUpdateResourceGroupUseCase createOrUpdateResourceGroup;
    private final GetResourceGroupUseCase getResourceGroup;
    private final DeleteResourceGroupUseCase deleteResourceGroup;

    @Inject
    public ResourceRoutes(RegisterResourceProviderUseCase registerResourceProvider, GetResourceProviderUseCase getResourceProvider,
                          CreateOrUpdateResourceGroupUseCase createOrUpdateResourceGroup, GetResourceGroupUseCase getResourceGroup,
                          DeleteResourceGroupUseCase deleteResourceGroup) {
        this.registerResourceProvider = registerResourceProvider;
        this.getResourceProvider = getResourceProvider;
        this.createOrUpdateResourceGroup = createOrUpdateResourceGroup;
        this.getResourceGroup = getResourceGroup;
        this.deleteResourceGroup = deleteResourceGroup;
    }

    public List<Route> routes() {
        String provider = ArmPaths.SUBSCRIPTION + ArmPaths.PROVIDER;
        return List.of(
                Route.of(HandlerType.POST, ArmPaths.PROVIDER_REGISTRATION, Operation.Providers_Register, Surface.RESOURCES,
                        call -> PathValues.onSubscription(call, Operation.Providers_Register), this::register),
                Route.of(HandlerType.GET, provider, Operation.Providers_Get, Surface.RESOURCES,
                        call -> PathValues.onSubscription(call, Operation.Providers_Get), this::provider),
                group(HandlerType.PUT, Operation.ResourceGroups_CreateOrUpdate, this::putGroup),
                group(HandlerType.GET, Operation.ResourceGroups_Get, this::getGroup),
                group(HandlerType.DELETE, Operation.ResourceGroups_Delete, this::deleteGroup),
                Route.of(HandlerType.GET, ArmPaths.PROVIDER + "/operations", Operation.Operations_List, Surface.AZURE_STACK,
                        call -> Either.right(FaultCall.of(Operation.Operations_List)), call -> Either.right(Reply.ok(OperationList.azureStack()))));
    }

    private Either<DomainError, Reply> register(Call call) {
        return PathValues.subscription(call)
                .flatMap(subscription -> registerResourceProvider.register(subscription, ProviderRegistration.AZURE_STACK))
                .map(registered -> Reply.ok(ProviderResource.from(registered)));
    }

    private Either<DomainError, Reply> provider(Call call) {
        return PathValues.subscription(call)
                .flatMap(subscription -> getResourceProvider.get(subscription, ProviderRegistration.AZURE_STACK))
                .map(found -> Reply.ok(ProviderResource.from(found)));
    }

    private Either<DomainError, Reply> putGroup(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> PathValues.group(call).flatMap(name -> JsonBody.required(call)
                .flatMap(json -> ResourceGroupResource.read(json, subscription, name).toEither()
                        .<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .flatMap(group -> createOrUpdateResourceGroup.createOrUpdate(group))
                .map(written -> Reply.json(written.created() ? 201 : 200, ResourceGroupResource.from(written.resource())))));
    }

    private Either<DomainError, Reply> getGroup(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> PathValues.group(call)
                .flatMap(name -> getResourceGroup.get(subscription, name)))
                .map(group -> Reply.ok(ResourceGroupResource.from(group)));
    }

    private Either<DomainError, Reply> deleteGroup(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> PathValues.group(call)
                .flatMap(name -> deleteResourceGroup.delete(subscription, name)))
                .map(removal -> Reply.empty(removal == Removal.DELETED ? 200 : 204));
    }

    private static Route group(HandlerType method, Operation operation, io.stackbridge.adapters.http.server.pipeline.Action action) {
        return Route.of(method, ArmPaths.RESOURCE_GROUP, operation, Surface.RESOURCES, call -> PathValues.onGroup(call, operation), action);
    }
}
