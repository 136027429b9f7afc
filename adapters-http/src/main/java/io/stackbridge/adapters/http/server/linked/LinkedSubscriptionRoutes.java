package io.stackbridge.adapters.http.server.linked;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.arm.Paging;
import io.stackbridge.adapters.http.server.arm.PathValues;
import io.stackbridge.adapters.http.server.pipeline.Action;
import io.stackbridge.adapters.http.server.pipeline.ApiVersions;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.ArmPaths;
import io.stackbridge.adapters.http.wire.LinkedSubscriptionBody;
import io.stackbridge.adapters.http.wire.LinkedSubscriptionResource;
import io.stackbridge.application.port.in.linked.CreateOrUpdateLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.linked.DeleteLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.linked.GetLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.linked.ListLinkedSubscriptionsUseCase;
import io.stackbridge.application.port.in.linked.UpdateLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase.Scope;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.Operation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/**
 * The {@code Microsoft.AzureStack/linkedSubscriptions} operations (LinkedSubscriptions_*), served in
 * the 2020-06-01 preview only, the one api-version of the specification that has them. Fault rules
 * match them by subscription and resource group.
 */
public final class LinkedSubscriptionRoutes {

    private final ListLinkedSubscriptionsUseCase list;
    private final GetLinkedSubscriptionUseCase get;
    private final CreateOrUpdateLinkedSubscriptionUseCase createOrUpdate;
    private final UpdateLinkedSubscriptionUseCase update;
    private final DeleteLinkedSubscriptionUseCase delete;
    private final Paging paging;

    @Inject
    public LinkedSubscriptionRoutes(ListLinkedSubscriptionsUseCase list, GetLinkedSubscriptionUseCase get,
                                    CreateOrUpdateLinkedSubscriptionUseCase createOrUpdate, UpdateLinkedSubscriptionUseCase update,
                                    DeleteLinkedSubscriptionUseCase delete, Paging paging) {
        this.list = list;
        this.get = get;
        this.createOrUpdate = createOrUpdate;
        this.update = update;
        this.delete = delete;
        this.paging = paging;
    }

    public List<Route> routes() {
        return List.of(
                inGroup(HandlerType.GET, ArmPaths.LINKED_SUBSCRIPTIONS, Operation.LinkedSubscriptions_ListByResourceGroup, this::listByGroup),
                Route.of(HandlerType.GET, ArmPaths.SUBSCRIPTION + ArmPaths.PROVIDER + "/linkedSubscriptions",
                        Operation.LinkedSubscriptions_ListBySubscription, Surface.AZURE_STACK,
                        call -> PathValues.onSubscription(call, Operation.LinkedSubscriptions_ListBySubscription), this::listBySubscription)
                        .withApiVersions(ApiVersions.AZURE_STACK_PREVIEW),
                inGroup(HandlerType.GET, ArmPaths.LINKED_SUBSCRIPTION, Operation.LinkedSubscriptions_Get, this::get),
                inGroup(HandlerType.PUT, ArmPaths.LINKED_SUBSCRIPTION, Operation.LinkedSubscriptions_CreateOrUpdate, this::put),
                inGroup(HandlerType.PATCH, ArmPaths.LINKED_SUBSCRIPTION, Operation.LinkedSubscriptions_Update, this::patch),
                inGroup(HandlerType.DELETE, ArmPaths.LINKED_SUBSCRIPTION, Operation.LinkedSubscriptions_Delete, this::delete));
    }

    private Either<DomainError, Reply> listByGroup(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> PathValues.group(call)
                        .flatMap(group -> list.list(new Scope(subscription, Option.some(group)))))
                .flatMap(all -> paging.page(call, all, LinkedSubscriptionResource::from)).map(Reply::ok);
    }

    private Either<DomainError, Reply> listBySubscription(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> list.list(new Scope(subscription, Option.none())))
                .flatMap(all -> paging.page(call, all, LinkedSubscriptionResource::from)).map(Reply::ok);
    }

    private Either<DomainError, Reply> get(Call call) {
        return LinkedSubscriptionPaths.key(call).flatMap(get::get).map(link -> Reply.ok(LinkedSubscriptionResource.from(link)));
    }

    private Either<DomainError, Reply> put(Call call) {
        return LinkedSubscriptionPaths.key(call).flatMap(key -> body(call, true)
                .flatMap(body -> createOrUpdate.createOrUpdate(new CreateOrUpdateLinkedSubscriptionUseCase.Command(key, body.location().get(),
                        body.linkedSubscriptionId().get(), body.registration().get(), Callers.of(call), call.ifMatch())))
                .map(written -> Reply.json(written.created() ? 201 : 200, LinkedSubscriptionResource.from(written.resource()))));
    }

    private Either<DomainError, Reply> patch(Call call) {
        return LinkedSubscriptionPaths.key(call).flatMap(key -> body(call, false)
                .flatMap(body -> update.update(new UpdateLinkedSubscriptionUseCase.Command(key, body.location(), body.linkedSubscriptionId(),
                        body.registration(), Callers.of(call), call.ifMatch())))
                .map(link -> Reply.ok(LinkedSubscriptionResource.from(link))));
    }

    private Either<DomainError, Reply> delete(Call call) {
        return LinkedSubscriptionPaths.key(call).flatMap(key -> delete.delete(key, call.ifMatch()))
                .map(removal -> Reply.empty(removal == Removal.DELETED ? 200 : 204));
    }

    private static Either<DomainError, LinkedSubscriptionBody.Content> body(Call call, boolean required) {
        return JsonBody.required(call)
                .flatMap(json -> LinkedSubscriptionBody.read(json, required).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new));
    }

    private static Route inGroup(HandlerType method, String path, Operation operation, Action action) {
        return Route.of(method, path, operation, Surface.AZURE_STACK, call -> PathValues.onGroup(call, operation), action)
                .withApiVersions(ApiVersions.AZURE_STACK_PREVIEW);
    }
}
