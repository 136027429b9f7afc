package io.stackbridge.adapters.http.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.admin.ApprovalRoutes;
import io.stackbridge.adapters.http.server.admin.ClockRoutes;
import io.stackbridge.adapters.http.server.admin.FaultRoutes;
import io.stackbridge.adapters.http.server.admin.HealthRoutes;
import io.stackbridge.adapters.http.server.admin.JournalRoutes;
import io.stackbridge.adapters.http.server.admin.KeyRoutes;
import io.stackbridge.adapters.http.server.admin.WorldRoutes;
import io.stackbridge.adapters.http.server.arm.Paging;
import io.stackbridge.adapters.http.server.arm.RegistrationRoutes;
import io.stackbridge.adapters.http.server.arm.ResourceRoutes;
import io.stackbridge.adapters.http.server.identity.TokenRoutes;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.tenant.CustomerSubscriptionRoutes;
import io.stackbridge.adapters.http.server.usage.UsageRoutes;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Every route of the emulator: Resource Manager, Entra ID, the usage service, and the admin namespace. */
final class Routes {

    private final List<Route> served;
    private final List<AdminRoute> admin;

    Routes(CloudSide cloud, EmulatorConfig config, Supplier<HealthRoutes.Urls> urls, Consumer<Context> untrustedAdded) {
        Paging paging = new Paging(config.pageSize());
        this.served = new RegistrationRoutes(cloud, paging).routes()
                .appendAll(new CustomerSubscriptionRoutes(cloud, paging).routes())
                .appendAll(new ResourceRoutes(cloud).routes())
                .appendAll(new TokenRoutes(cloud).routes())
                .appendAll(new UsageRoutes(cloud).routes());
        this.admin = new HealthRoutes(cloud, urls, config.auth().label()).routes()
                .appendAll(new WorldRoutes(cloud).routes())
                .appendAll(new ApprovalRoutes(cloud).routes())
                .appendAll(new FaultRoutes(cloud, untrustedAdded).routes())
                .appendAll(new JournalRoutes(cloud).routes())
                .appendAll(new ClockRoutes(cloud).routes())
                .appendAll(new KeyRoutes(cloud).routes());
    }

    private Routes(List<Route> served, List<AdminRoute> admin) {
        this.served = served;
        this.admin = admin;
    }

    /** The same routes, and {@code more} served ones (the simulated stamp's local usage APIs). */
    Routes plus(List<Route> more) {
        return new Routes(served.appendAll(more), admin);
    }

    List<Route> served() {
        return served;
    }

    List<AdminRoute> admin() {
        return admin;
    }

    /** Each served path with the methods it answers, for the 405 answers of the others. */
    Map<String, Set<HandlerType>> allowedMethods() {
        return served.map(route -> Tuple.of(route.path(), route.method()))
                .appendAll(admin.map(route -> Tuple.of(route.path(), route.method())))
                .groupBy(pair -> pair._1)
                .mapValues(pairs -> pairs.map(pair -> pair._2).toLinkedSet())
                .toLinkedMap(entry -> entry);
    }
}
