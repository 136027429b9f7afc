package io.stackbridge.adapters.http.server.localusage;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.arm.ArmPaths;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.Page;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageApi;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.function.Function;

/**
 * The stamp's usage APIs (docs/domain.md §6): {@code GET …/providers/Microsoft.Commerce.Admin/subscriberUsageAggregates}
 * for providers and {@code GET …/providers/Microsoft.Commerce/usageAggregates} for tenants. The use
 * cases check every parameter (the api-version too, answering {@code NoApiVersion}); fault rules
 * match on the caller's subscription when it is well formed.
 */
public final class LocalUsageRoutes {

    public static final String PROVIDER_PATH = ArmPaths.SUBSCRIPTION + "/providers/microsoft.commerce.admin/subscriberusageaggregates";
    public static final String TENANT_PATH = ArmPaths.SUBSCRIPTION + "/providers/microsoft.commerce/usageaggregates";

    private final StampSide stamp;

    public LocalUsageRoutes(StampSide stamp) {
        this.stamp = stamp;
    }

    public List<Route> routes() {
        return List.of(
                route(PROVIDER_PATH, Operation.SubscriberUsageAggregates_List, UsageApi.PROVIDER,
                        stamp.queryProviderUsage()::subscriberUsageAggregates),
                route(TENANT_PATH, Operation.UsageAggregates_List, UsageApi.TENANT, stamp.queryTenantUsage()::usageAggregates));
    }

    private static Route route(String path, Operation operation, UsageApi api,
                               Function<UsageQueryText, Either<DomainError, AggregatePage>> useCase) {
        return Route.of(HandlerType.GET, path, operation, Surface.LOCAL_USAGE, call -> Either.right(target(call, operation)),
                call -> useCase.apply(UsageQueryParameters.read(call)).map(page -> Reply.ok(render(call, page, api))));
    }

    private static FaultCall target(Call call, Operation operation) {
        return SubscriptionId.parse(call.path("sub")).fold(problems -> FaultCall.of(operation), caller -> FaultCall.on(operation, caller));
    }

    private static Page<UsageAggregateResource> render(Call call, AggregatePage page, UsageApi api) {
        return new Page<>(page.aggregates().map(aggregate -> UsageAggregateResource.from(aggregate, api)).toJavaList(),
                page.next().map(token -> UsageQueryParameters.nextLink(call, token)).getOrNull());
    }
}
