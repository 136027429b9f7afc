package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.localusage.StampUsageQueries;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.Lazy;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The stamp an emulator serves beside Azure: a PayAsYouUse stamp of the well-known bridge principal
 * whose usage APIs answer with a full history because it simulates the {@value #HOURS} hours ending at
 * the stamp clock's current hour (seeded by {@code --seed}, or {@value #DEFAULT_SEED}) on its refresh
 * thread {@link #FIRST_REFRESH_AFTER} after the server listens, or on the first usage query if that comes first. Records
 * then enter its usage system as their reported time comes: before each usage query, and every minute.
 */
final class SimulatedStamp {

    static final int HOURS = 48;
    static final long DEFAULT_SEED = 20261121L;
    static final Duration REFRESH = Duration.ofMinutes(1);
    /**
     * How long after the server listens the first 48 hours are simulated: not at once, where their
     * simulation (and the compiling of its code) took a fifth of the processor from the first requests.
     */
    static final Duration FIRST_REFRESH_AFTER = Duration.ofSeconds(2);

    /** How long stopping waits for a refresh in progress to end, before the logs and the database close. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedStamp.class);

    /**
     * A stamp ready to serve: the usage APIs the server answers with, the stamp (made on its first use),
     * how to start its refresh (the first 48 hours, then every minute: once the server listens), how to stop it,
     * and how to let the usage whose hour has come in now (before a bridge run).
     */
    record Served(StampUsageQueries usageQueries, Lazy<ServedStampComponent> stamp, Runnable startRefresh, Runnable stop, Runnable catchUp) {

        /** The stamp's use cases. */
        StackUseCases useCases() {
            return stamp.get();
        }
    }

    private SimulatedStamp() {
    }

    /**
     * The stamp and its usage store are made on their first use (the first refresh, or a usage query
     * that comes before it), not before the port opens, where making them took about 30 ms of the start.
     */
    static Served start(Option<Long> seed, ServedFakeAzure azure) {
        return start(seed, azure, azure.ports());
    }

    /** The same, the stamp reaching Azure through {@code reach} (the emulator over HTTPS, for serve). */
    static Served start(Option<Long> seed, ServedFakeAzure azure, AzureForStamp reach) {
        Lazy<ServedStampComponent> stamp = Lazy.of(() -> ServedStampComponent.create(stamp(azure), BridgeSettings.DEFAULT,
                seed.getOrElse(DEFAULT_SEED), reach));
        Lazy<UsageUpToNow> usage = Lazy.of(() -> new UsageUpToNow(stamp.get().simulateWorkload(), stamp.get().stampClock(), HOURS));
        Lazy<StampUsageQueries> queries = Lazy.of(() -> usage.get().queries(stamp.get().queryProviderUsage(), stamp.get().queryTenantUsage()));
        ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "stackbridge-stamp-refresh");
            thread.setDaemon(true);
            return thread;
        });
        // The first 48 hours are simulated shortly after the server listens, not before: a usage query that comes
        // first simulates them itself or waits for them (UsageUpToNow is one lock); every other route answers at once.
        Runnable startRefresh = () -> {
            refresh.schedule(() -> refresh(usage.get()), FIRST_REFRESH_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            refresh.scheduleWithFixedDelay(() -> refresh(usage.get()), REFRESH.toSeconds(), REFRESH.toSeconds(), TimeUnit.SECONDS);
        };
        StampUsageQueries served = new StampUsageQueries(query -> queries.get().queryProviderUsage().subscriberUsageAggregates(query),
                query -> queries.get().queryTenantUsage().usageAggregates(query));
        return new Served(served, stamp, startRefresh, () -> stop(refresh), () -> usage.get().catchUp());
    }

    /** Stops the refresh (one in progress is interrupted) and waits at most {@link #STOP_WAIT} for it to end: the logs and database close next. */
    static void stop(ScheduledExecutorService refresh) {
        refresh.shutdownNow();
        try {
            if (!refresh.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the served stamp's refresh did not stop within {}", STOP_WAIT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void refresh(UsageUpToNow usage) {
        try {
            usage.catchUp();
        } catch (RuntimeException failed) {
            LOG.warn("the served stamp's usage could not be refreshed: {}", failed.toString());
        }
    }

    /** The well-known bridge principal, signing in where {@code azure} is served. */
    static BridgePrincipal principal(ServedFakeAzure azure) {
        return new BridgePrincipal(azure.endpoints().login(), DefaultWorld.PARTNER_TENANT, DefaultWorld.BRIDGE_CLIENT_ID,
                DefaultWorld.BRIDGE_OBJECT_ID, new ClientSecret(DefaultWorld.BRIDGE_SECRET));
    }

    private static Stamp stamp(ServedFakeAzure azure) {
        BridgePrincipal principal = principal(azure);
        NodeHardware node = new NodeHardware("HC1N01", Guid.random().text(), 16, List.empty(), List.empty(), List.empty(), List.empty(),
                List.empty());
        return Stamp.of(new CloudId(Guid.random()), List.of(node), BillingChoice.of(BillingModel.PayAsYouUse), principal)
                .toEither().getOrElseThrow(problems -> new IllegalStateException("the served stamp is invalid: " + problems));
    }
}
