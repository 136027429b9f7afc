package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulated Azure of a data directory: a database it cannot start from is a start failure, and is closed again. */
class ServedFakeAzureTest {

    @TempDir
    Path data;

    @Test
    void a_kept_signing_key_that_does_not_parse_is_a_start_failure_naming_the_file_and_the_database_is_closed() {
        try (SqliteDatabase database = SqliteDatabase.open(data.resolve(ServedFakeAzure.DATABASE))) {
            database.inTransaction(connection -> Sql.update(connection,
                    "INSERT INTO signing_key (id, jwk, created_at) VALUES (1, ?, ?)", "{not a key", StoredInstant.text(Instant.now())));
        }

        Either<StartFailure, ServedFakeAzure> served = ServedFakeAzure.in(data, FakeAzureSettings.defaults());

        assertThat(served.getLeft()).isInstanceOf(StartFailure.CannotStart.class);
        assertThat(((StartFailure.CannotStart) served.getLeft()).reason()).contains(ServedFakeAzure.DATABASE, "IllegalArgumentException");
        assertThat(DatabaseFiles.closed(data.resolve(ServedFakeAzure.DATABASE))).isTrue();
    }

    @Test
    void a_database_it_can_start_from_stays_open_until_closed() {
        ServedFakeAzure served = ServedFakeAzure.in(data, FakeAzureSettings.defaults()).get();

        assertThat(DatabaseFiles.closed(data.resolve(ServedFakeAzure.DATABASE))).isFalse();
        served.close().run();
        assertThat(DatabaseFiles.closed(data.resolve(ServedFakeAzure.DATABASE))).isTrue();
        assertThat(Files.isRegularFile(data.resolve(ServedFakeAzure.DATABASE))).isTrue();
    }
}
