package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.stack.StackOpener;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.support.logs.RoleLogFiles;
import io.stackbridge.adapters.stamp.gallery.FileProductGallery;
import io.stackbridge.adapters.sqlite.db.SqliteStoreException;
import io.stackbridge.adapters.sqlite.db.StoreProblem;
import io.stackbridge.adapters.sqlite.stamp.SqliteStampStore;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.nio.file.Files;
import java.util.function.Function;

/**
 * Opens the stamp of a data directory ({@code DIR/stamp.db}, SQLite) for one command: the stamp it
 * holds, the Azure the command reaches, the use cases over both, its role logs ({@code DIR/logs});
 * the database and the logs are closed afterwards,
 * and a database that cannot be used is a problem naming its code.
 */
public final class StackLauncher implements StackOpener {

    /** The stamp's database file in its data directory. */
    public static final String DATABASE = "stamp.db";

    /** The stamp's marketplace gallery in its data directory (files, beside the database). */
    public static final String GALLERY = "marketplace";

    @Inject
    public StackLauncher() {
    }

    @Override
    public Either<StackProblem, Integer> run(StackRequest request, Function<StackUseCases, Integer> work) {
        if (!Files.isRegularFile(request.dataDirectory().resolve(DATABASE))) {
            return Either.left(new StackProblem.StampNotInitialized(request.dataDirectory()));
        }
        return opened(request, database -> {
            Option<Stamp> saved = SqliteStampStore.saved(database);
            return saved.isEmpty()
                    ? Either.left(new StackProblem.StampNotInitialized(request.dataDirectory()))
                    : use(database, saved.get(), request, work);
        });
    }

    /**
     * Checks that the directory holds no stamp and runs {@code work}, which saves the new one, as ONE
     * transaction ({@code BEGIN IMMEDIATE}): of two commands creating a stamp in the same directory at
     * once, the second waits for the first to commit, then finds its stamp and is refused. Nothing is
     * kept when the work fails before saving. The work must use the database from this thread only.
     */
    @Override
    public Either<StackProblem, Integer> create(StackRequest request, Stamp stamp, Function<StackUseCases, Integer> work) {
        return opened(request, database -> database.inTransaction(connection -> {
            Option<Stamp> saved = SqliteStampStore.saved(database);
            return saved.isDefined()
                    ? Either.<StackProblem, Integer>left(new StackProblem.StampAlreadyInitialized(request.dataDirectory(),
                            saved.get().cloudId().value()))
                    : use(database, stamp, request, work);
        }));
    }

    private static Either<StackProblem, Integer> opened(StackRequest request,
                                                        Function<SqliteDatabase, Either<StackProblem, Integer>> work) {
        try (SqliteDatabase database = SqliteDatabase.open(request.dataDirectory().resolve(DATABASE))) {
            return work.apply(database);
        } catch (SqliteStoreException unusable) {
            return Either.left(unusable.code() == StoreProblem.DataSchemaTooNew
                    ? new StackProblem.DataSchemaTooNew(unusable.getMessage())
                    : new StackProblem.DataStoreUnavailable(unusable.getMessage()));
        }
    }

    private static Either<StackProblem, Integer> use(SqliteDatabase database, Stamp stamp, StackRequest request,
                                                     Function<StackUseCases, Integer> work) {
        BridgeSettings bridge = BridgeSettings.DEFAULT.withBatchSize(request.batchSize())
                .withBackoff(BridgeSettings.DEFAULT.backoff().withMaxAttempts(request.maxAttempts()));
        return ChosenAzure.of(request.azure(), stamp.principal()).map(azure -> {
            try (RoleLogFiles logs = RoleLogFiles.ofDataDirectory(request.dataDirectory())) {
                DurableStampComponent component = DurableStampComponent.create(database, stamp, bridge, request.workloadSeed(),
                        new FileProductGallery(request.dataDirectory().resolve(GALLERY)),
                        AzureForStamp.watched(AzureForStamp.logged(azure, logs), request.pushWatch()));
                component.skewableClock().skew(request.clockOffset());
                return work.apply(component);
            }
        });
    }
}
