package io.stackbridge.adapters.http.server;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.admin.ApprovalRoutes;
import io.stackbridge.adapters.http.server.admin.ClockRoutes;
import io.stackbridge.adapters.http.server.admin.FaultRoutes;
import io.stackbridge.adapters.http.server.admin.HealthRoutes;
import io.stackbridge.adapters.http.server.admin.JournalRoutes;
import io.stackbridge.adapters.http.server.admin.KeyRoutes;
import io.stackbridge.adapters.http.server.admin.UsageLedgerRoutes;
import io.stackbridge.adapters.http.server.admin.WorldRoutes;
import io.stackbridge.adapters.http.server.arm.RegistrationRoutes;
import io.stackbridge.adapters.http.server.arm.ResourceRoutes;
import io.stackbridge.adapters.http.server.identity.TokenRoutes;
import io.stackbridge.adapters.http.server.localusage.LocalUsageRoutes;
import io.stackbridge.adapters.http.server.localusage.StampUsageQueries;
import io.stackbridge.adapters.http.server.linked.LinkedSubscriptionRoutes;
import io.stackbridge.adapters.http.server.manifest.ManifestRoutes;
import io.stackbridge.adapters.http.server.marketplace.PackageRoutes;
import io.stackbridge.adapters.http.server.marketplace.ProductRoutes;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.portal.AzurePortalRoutes;
import io.stackbridge.adapters.http.server.portal.LabPortalRoutes;
import io.stackbridge.adapters.http.server.portal.PortalSides;
import io.stackbridge.adapters.http.server.portal.PortalTextRoutes;
import io.stackbridge.adapters.http.server.portal.StampPortalRoutes;
import io.stackbridge.adapters.http.server.portal.SupportPortalRoutes;
import io.stackbridge.adapters.http.server.tenant.CustomerSubscriptionRoutes;
import io.stackbridge.adapters.http.server.usage.UsageRoutes;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import jakarta.inject.Inject;

/**
 * Every route of the emulator, from its route groups, in the order the server registers them:
 * Resource Manager, Entra ID and the usage service, then the admin namespace.
 */
public final class EmulatorRoutes {

    private final List<Route> served;
    private final List<AdminRoute> admin;

    @Inject
    public EmulatorRoutes(RegistrationRoutes registrations, CustomerSubscriptionRoutes customerSubscriptions, ResourceRoutes resources,
                          TokenRoutes tokens, UsageRoutes usage, HealthRoutes health, WorldRoutes world, ApprovalRoutes approvals,
                          FaultRoutes faults, JournalRoutes journal, ClockRoutes clock, KeyRoutes keys,
                          UsageLedgerRoutes ledger, ProductRoutes products, LinkedSubscriptionRoutes linkedSubscriptions,
                          ManifestRoutes manifests, PackageRoutes packages, AzurePortalRoutes azurePortal) {
        this(registrations.routes()
                        .appendAll(customerSubscriptions.routes())
                        .appendAll(products.routes())
                        .appendAll(linkedSubscriptions.routes())
                        .appendAll(manifests.routes())
                        .appendAll(resources.routes())
                        .appendAll(tokens.routes())
                        .appendAll(usage.routes())
                        .appendAll(packages.routes()),
                health.routes()
                        .appendAll(world.routes())
                        .appendAll(approvals.routes())
                        .appendAll(faults.routes())
                        .appendAll(journal.routes())
                        .appendAll(clock.routes())
                        .appendAll(keys.routes())
                        .appendAll(ledger.routes())
                        .appendAll(azurePortal.routes())
                        .appendAll(PortalTextRoutes.routes()));
    }

    private EmulatorRoutes(List<Route> served, List<AdminRoute> admin) {
        this.served = served;
        this.admin = admin;
    }

    /** The same routes, and a simulated stamp's local usage APIs. */
    public EmulatorRoutes withLocalUsage(StampUsageQueries stamp) {
        return new EmulatorRoutes(served.appendAll(new LocalUsageRoutes(stamp).routes()), admin);
    }

    /** The same routes, and the portal's API over a stamp, its labs and its support logs. */
    public EmulatorRoutes withPortal(PortalSides sides) {
        return new EmulatorRoutes(served, admin.appendAll(new StampPortalRoutes(sides.stamp()).routes())
                .appendAll(new LabPortalRoutes(sides.labs()).routes())
                .appendAll(new SupportPortalRoutes(sides.support()).routes()));
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
                // Every GET path also answers HEAD (an existence check, see EmulatorServer).
                .mapValues(methods -> methods.contains(HandlerType.GET) ? methods.add(HandlerType.HEAD) : methods)
                .toLinkedMap(entry -> entry);
    }
}
