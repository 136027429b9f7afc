package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.azure.AzureSide;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.db.SqliteStoreException;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.vavr.control.Either;

import java.nio.file.Path;

/**
 * The fake Azure an emulator serves, in memory or kept in a data directory: its use cases, the
 * in-process ports a stamp beside it reaches it through, how to let it go when the emulator stops, and what an
 * operator reaches of it (its controls and Resource Manager, in process: the portal's labs).
 */
record ServedFakeAzure(AzureEndpoints endpoints, CloudUseCases cloud, AdminUseCases admin, AzureForStamp ports, Runnable close,
                       AzureSide operator) {

    /** The database file in a data directory. */
    static final String DATABASE = "emulator.db";

    static ServedFakeAzure inMemory(FakeAzureSettings settings) {
        FakeAzureComponent fake = FakeAzureComponent.create(settings);
        return new ServedFakeAzure(fake.endpoints(), fake, fake, AzureForStamp.inProcess(fake), () -> { }, AzureConsole.inProcess(fake));
    }

    /**
     * The fake kept in {@code directory} (created if missing); a database this build cannot use is a
     * start failure naming its code, and one whose content the fake cannot start from (a kept signing
     * key that does not parse…) a start failure naming the file; either way the database is closed.
     */
    static Either<StartFailure, ServedFakeAzure> in(Path directory, FakeAzureSettings settings) {
        SqliteDatabase database;
        try {
            database = SqliteDatabase.open(directory.resolve(DATABASE));
        } catch (SqliteStoreException refused) {
            return Either.left(new StartFailure.CannotStart(refused.describe()));
        }
        try {
            DurableAzureComponent fake = DurableAzureComponent.open(settings, database);
            return Either.right(new ServedFakeAzure(fake.endpoints(), fake, fake, AzureForStamp.inProcess(fake), database::close,
                    AzureConsole.inProcess(fake)));
        } catch (RuntimeException unusable) {
            try {
                database.close();
            } catch (RuntimeException alsoFailed) {
                unusable.addSuppressed(alsoFailed);
            }
            return Either.left(new StartFailure.CannotStart(unusable instanceof SqliteStoreException store ? store.describe()
                    : directory.resolve(DATABASE).toAbsolutePath() + ": " + StartFailures.describe(unusable)));
        }
    }
}
