package io.stackbridge.adapters.http.server.tenant;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.arm.Paging;
import io.stackbridge.adapters.http.server.arm.PathValues;
import io.stackbridge.adapters.http.server.pipeline.Action;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.ArmPaths;
import io.stackbridge.adapters.http.wire.CustomerSubscriptionBody;
import io.stackbridge.adapters.http.wire.CustomerSubscriptionResource;
import io.stackbridge.application.port.in.tenant.AddCustomerSubscriptionUseCase;
import io.stackbridge.application.port.in.tenant.GetCustomerSubscriptionUseCase;
import io.stackbridge.application.port.in.tenant.ListCustomerSubscriptionsUseCase;
import io.stackbridge.application.port.in.tenant.RemoveCustomerSubscriptionUseCase;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.tenant.CustomerSubscriptionRequest;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * The {@code registrations/customerSubscriptions} operations (CustomerSubscriptions_*). The customer
 * subscription ID goes to the use case as typed: checking it is the first onboarding rule. A PUT
 * always answers 200 with the resource, as the Azure SDK for Java expects.
 */
public final class CustomerSubscriptionRoutes {

    private final AddCustomerSubscriptionUseCase addCustomerSubscription;
    private final GetCustomerSubscriptionUseCase getCustomerSubscription;
    private final ListCustomerSubscriptionsUseCase listCustomerSubscriptions;
    private final RemoveCustomerSubscriptionUseCase removeCustomerSubscription;
    private final Paging paging;

    @Inject
    public CustomerSubscriptionRoutes(AddCustomerSubscriptionUseCase addCustomerSubscription,
                                      GetCustomerSubscriptionUseCase getCustomerSubscription,
                                      ListCustomerSubscriptionsUseCase listCustomerSubscriptions,
                                      RemoveCustomerSubscriptionUseCase removeCustomerSubscription, Paging paging) {
        this.addCustomerSubscription = addCustomerSubscription;
        this.getCustomerSubscription = getCustomerSubscription;
        this.listCustomerSubscriptions = listCustomerSubscriptions;
        this.removeCustomerSubscription = removeCustomerSubscription;
        this.paging = paging;
    }

    public List<Route> routes() {
        return List.of(
                on(HandlerType.PUT, ArmPaths.CUSTOMER_SUBSCRIPTION, Operation.CustomerSubscriptions_Create, this::put),
                on(HandlerType.GET, ArmPaths.CUSTOMER_SUBSCRIPTION, Operation.CustomerSubscriptions_Get, this::get),
                on(HandlerType.DELETE, ArmPaths.CUSTOMER_SUBSCRIPTION, Operation.CustomerSubscriptions_Delete, this::delete),
                on(HandlerType.GET, ArmPaths.CUSTOMER_SUBSCRIPTIONS, Operation.CustomerSubscriptions_List, this::list));
    }

    private Either<DomainError, Reply> put(Call call) {
        return PathValues.registration(call).flatMap(key -> JsonBody.optional(call)
                .flatMap(json -> CustomerSubscriptionBody.read(json).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .flatMap(tenant -> addCustomerSubscription.add(new CustomerSubscriptionRequest(key, customer(call), tenant)))
                .map(written -> Reply.ok(CustomerSubscriptionResource.from(written.resource()))));
    }

    private Either<DomainError, Reply> get(Call call) {
        return PathValues.registration(call).flatMap(key -> getCustomerSubscription.get(key, customer(call)))
                .map(subscription -> Reply.ok(CustomerSubscriptionResource.from(subscription)));
    }

    private Either<DomainError, Reply> delete(Call call) {
        return PathValues.registration(call).flatMap(key -> removeCustomerSubscription.remove(key, customer(call)))
                .map(removal -> Reply.empty(removal == Removal.DELETED ? 200 : 204));
    }

    private Either<DomainError, Reply> list(Call call) {
        return PathValues.registration(call).flatMap(key -> listCustomerSubscriptions.list(key))
                .flatMap(all -> paging.page(call, all, CustomerSubscriptionResource::from)).map(Reply::ok);
    }

    private static String customer(Call call) {
        return call.path("customer");
    }

    private static Route on(HandlerType method, String path, Operation operation, Action action) {
        return Route.of(method, path, operation, Surface.AZURE_STACK, call -> PathValues.onRegistration(call, operation), action);
    }
}
