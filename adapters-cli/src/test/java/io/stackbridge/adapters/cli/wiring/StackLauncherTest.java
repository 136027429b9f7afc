package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.stamp.SqliteStampStore;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stamps of data directories: created once whatever runs at the same time, and nothing kept from a creation that failed. */
class StackLauncherTest {

    @TempDir
    Path data;

    private final StackLauncher launcher = new StackLauncher();

    @Test
    void of_two_inits_of_one_directory_at_once_the_second_is_refused_and_the_first_stamp_is_kept() throws Exception {
        StackRequest request = request();
        Stamp first = stamp();
        Stamp second = stamp();
        CountDownLatch firstChecked = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Either<StackProblem, Integer>> one = threads.submit(() -> launcher.create(request, first, useCases -> {
                firstChecked.countDown();
                // The second init runs now, after this one found the directory empty and before it saves its stamp.
                awaitAtMost(secondDone, Duration.ofSeconds(2));
                return save(useCases, first);
            }));
            assertThat(firstChecked.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Either<StackProblem, Integer>> two = threads.submit(() -> {
                try {
                    return launcher.create(request, second, useCases -> save(useCases, second));
                } finally {
                    secondDone.countDown();
                }
            });

            assertThat(one.get(30, TimeUnit.SECONDS)).isEqualTo(Either.right(0));
            assertThat(two.get(30, TimeUnit.SECONDS)).isEqualTo(
                    Either.left(new StackProblem.StampAlreadyInitialized(data, first.cloudId().value())));
        } finally {
            threads.shutdownNow();
        }
        assertThat(saved()).contains(first);
    }

    @Test
    void an_init_whose_work_fails_keeps_no_stamp_and_the_directory_can_be_initialised_again() {
        Stamp stamp = stamp();

        assertThatThrownBy(() -> launcher.create(request(), stamp, useCases -> {
            save(useCases, stamp);
            throw new IllegalStateException("stopped after saving");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(saved()).isEmpty();
        assertThat(launcher.create(request(), stamp, useCases -> save(useCases, stamp))).isEqualTo(Either.right(0));
        assertThat(saved()).contains(stamp);
    }

    @Test
    void an_init_of_a_directory_that_holds_a_stamp_is_refused_and_changes_nothing() {
        Stamp first = stamp();
        launcher.create(request(), first, useCases -> save(useCases, first));

        Either<StackProblem, Integer> again = launcher.create(request(), stamp(), useCases -> {
            throw new AssertionError("no work on a directory that holds a stamp");
        });

        assertThat(again).isEqualTo(Either.left(new StackProblem.StampAlreadyInitialized(data, first.cloudId().value())));
        assertThat(saved()).contains(first);
    }

    private StackRequest request() {
        return new StackRequest(data, Option.none(), StackRequest.DEFAULT_BATCH_SIZE, StackRequest.DEFAULT_ATTEMPTS,
                StackRequest.DEFAULT_SEED, Duration.ZERO);
    }

    private Option<Stamp> saved() {
        try (SqliteDatabase database = SqliteDatabase.open(data.resolve(StackLauncher.DATABASE))) {
            return SqliteStampStore.saved(database);
        }
    }

    /** What {@code stamp init} does once its directory is open: keep the stamp's billing choice, which saves the stamp. */
    private static int save(StackUseCases useCases, Stamp stamp) {
        return useCases.chooseBilling().choose(stamp.billing()).fold(refused -> 1, saved -> 0);
    }

    private static void awaitAtMost(CountDownLatch latch, Duration wait) {
        try {
            latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Stamp stamp() {
        CloudId cloud = new CloudId(Guid.random());
        NodeHardware node = new NodeHardware("HC1N01", Guid.random().text(), 16, List.empty(), List.empty(), List.empty(), List.empty(),
                List.empty());
        BridgePrincipal principal = new BridgePrincipal(URI.create("https://login.example"), DefaultWorld.PARTNER_TENANT,
                DefaultWorld.BRIDGE_CLIENT_ID, DefaultWorld.BRIDGE_OBJECT_ID, new ClientSecret(DefaultWorld.BRIDGE_SECRET));
        return Stamp.of(cloud, List.of(node), BillingChoice.of(BillingModel.Development), principal).get();
    }
}
