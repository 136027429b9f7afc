package io.stackbridge.adapters.http.server.arm;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Action;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.ActivationKeyResult;
import io.stackbridge.adapters.http.wire.ArmPaths;
import io.stackbridge.adapters.http.wire.RegistrationBody;
import io.stackbridge.adapters.http.wire.RegistrationResource;
import io.stackbridge.application.port.in.registration.CreateOrUpdateRegistrationUseCase;
import io.stackbridge.application.port.in.registration.DeleteRegistrationUseCase;
import io.stackbridge.application.port.in.registration.EnableRemoteManagementUseCase;
import io.stackbridge.application.port.in.registration.GetActivationKeyUseCase;
import io.stackbridge.application.port.in.registration.GetRegistrationUseCase;
import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase.Scope;
import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase;
import io.stackbridge.application.port.in.registration.UpdateRegistrationUseCase;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.Operation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** The {@code Microsoft.AzureStack/registrations} operations (Registrations_*). */
public final class RegistrationRoutes {

    private final CreateOrUpdateRegistrationUseCase createOrUpdateRegistration;
    private final GetRegistrationUseCase getRegistration;
    private final UpdateRegistrationUseCase updateRegistration;
    private final DeleteRegistrationUseCase deleteRegistration;
    private final GetActivationKeyUseCase getActivationKey;
    private final EnableRemoteManagementUseCase enableRemoteManagement;
    private final ListRegistrationsUseCase listRegistrations;
    private final Paging paging;

    @Inject
    public RegistrationRoutes(CreateOrUpdateRegistrationUseCase createOrUpdateRegistration,
                              GetRegistrationUseCase getRegistration, UpdateRegistrationUseCase updateRegistration,
                              DeleteRegistrationUseCase deleteRegistration, GetActivationKeyUseCase getActivationKey,
                              EnableRemoteManagementUseCase enableRemoteManagement, ListRegistrationsUseCase listRegistrations,
                              Paging paging) {
        this.createOrUpdateRegistration = createOrUpdateRegistration;
        this.getRegistration = getRegistration;
        this.updateRegistration = updateRegistration;
        this.deleteRegistration = deleteRegistration;
        this.getActivationKey = getActivationKey;
        this.enableRemoteManagement = enableRemoteManagement;
        this.listRegistrations = listRegistrations;
        this.paging = paging;
    }

    public List<Route> routes() {
        return List.of(
                on(HandlerType.PUT, ArmPaths.REGISTRATION, Operation.Registrations_CreateOrUpdate, this::put),
                on(HandlerType.GET, ArmPaths.REGISTRATION, Operation.Registrations_Get, this::get),
                on(HandlerType.PATCH, ArmPaths.REGISTRATION, Operation.Registrations_Update, this::patch),
                on(HandlerType.DELETE, ArmPaths.REGISTRATION, Operation.Registrations_Delete, this::delete),
                on(HandlerType.POST, ArmPaths.REGISTRATION + "/getactivationkey", Operation.Registrations_GetActivationKey,
                        this::activationKey),
                on(HandlerType.POST, ArmPaths.REGISTRATION + "/enableremotemanagement", Operation.Registrations_EnableRemoteManagement,
                        this::enableRemoteManagement).withOptionalApiVersion(),
                Route.of(HandlerType.GET, ArmPaths.REGISTRATIONS, Operation.Registrations_List, Surface.AZURE_STACK,
                        call -> PathValues.onGroup(call, Operation.Registrations_List), this::listByGroup),
                Route.of(HandlerType.GET, ArmPaths.SUBSCRIPTION_REGISTRATIONS,
                        Operation.Registrations_ListBySubscription, Surface.AZURE_STACK,
                        call -> PathValues.onSubscription(call, Operation.Registrations_ListBySubscription), this::listBySubscription));
    }

    private Either<DomainError, Reply> put(Call call) {
        return PathValues.registration(call).flatMap(key -> JsonBody.required(call)
                .flatMap(json -> RegistrationBody.read(json, true).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .flatMap(body -> createOrUpdateRegistration.createOrUpdate(
                        new CreateOrUpdateRegistrationUseCase.Command(key, body.registrationToken().get(),
                                body.tags().getOrElse(LinkedHashMap.empty()), call.ifMatch())))
                .map(written -> Reply.json(written.created() ? 201 : 200, RegistrationResource.from(written.resource()))));
    }

    private Either<DomainError, Reply> get(Call call) {
        return PathValues.registration(call).flatMap(key -> getRegistration.get(key))
                .map(registration -> Reply.ok(RegistrationResource.from(registration)));
    }

    private Either<DomainError, Reply> patch(Call call) {
        return PathValues.registration(call).flatMap(key -> JsonBody.required(call)
                .flatMap(json -> RegistrationBody.read(json, false).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .flatMap(body -> updateRegistration.update(
                        new UpdateRegistrationUseCase.Command(key, body.registrationToken(), body.tags(), call.ifMatch())))
                .map(registration -> Reply.ok(RegistrationResource.from(registration))));
    }

    private Either<DomainError, Reply> delete(Call call) {
        return PathValues.registration(call).flatMap(key -> deleteRegistration.delete(key, call.ifMatch()))
                .map(removal -> Reply.empty(removal == Removal.DELETED ? 200 : 204));
    }

    private Either<DomainError, Reply> activationKey(Call call) {
        return PathValues.registration(call).flatMap(key -> getActivationKey.activationKey(key))
                .map(key -> Reply.ok(ActivationKeyResult.from(key)));
    }

    private Either<DomainError, Reply> enableRemoteManagement(Call call) {
        return PathValues.registration(call).flatMap(key -> enableRemoteManagement.enable(key)).map(enabled -> Reply.empty(200));
    }

    private Either<DomainError, Reply> listByGroup(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> PathValues.group(call)
                .flatMap(group -> listRegistrations.list(new Scope(subscription, Option.some(group)))))
                .flatMap(all -> paging.page(call, all, RegistrationResource::from)).map(Reply::ok);
    }

    private Either<DomainError, Reply> listBySubscription(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> listRegistrations.list(new Scope(subscription, Option.none())))
                .flatMap(all -> paging.page(call, all, RegistrationResource::from)).map(Reply::ok);
    }

    private static Route on(HandlerType method, String path, Operation operation, Action action) {
        return Route.of(method, path, operation, Surface.AZURE_STACK, call -> PathValues.onRegistration(call, operation), action);
    }
}
