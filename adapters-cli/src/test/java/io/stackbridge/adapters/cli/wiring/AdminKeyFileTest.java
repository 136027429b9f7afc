package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.http.server.AdminAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The generated admin key's file (owner only, new at each start, written once serving, gone when no key is generated or its start stops) and the access it gives the server. */
class AdminKeyFileTest {

    private static final String GIVEN = "a-key-of-the-users-own-0123";

    @TempDir
    Path state;

    @Test
    void a_generated_key_is_made_in_memory_then_kept_for_the_owner_only_and_is_new_at_each_start() throws Exception {
        assumeTrue(state.getFileSystem().supportedFileAttributeViews().contains("posix"));

        AdminKeyFile.Settled first = AdminKeyFile.settle(new AdminKeyChoice.Generate(), state);
        assertThat(state.resolve(AdminKeyFile.NAME)).doesNotExist();
        first.keep();
        String kept = Files.readString(state.resolve(AdminKeyFile.NAME)).strip();
        AdminKeyChoice second = AdminKeyFile.settle(new AdminKeyChoice.Generate(), state).choice();

        assertThat(first.choice()).isInstanceOf(AdminKeyChoice.Given.class);
        assertThat(((AdminKeyChoice.Given) first.choice()).key().reveal()).isEqualTo(kept);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(AdminKeyFile.NAME)))).isEqualTo("rw-------");
        assertThat(((AdminKeyChoice.Given) second).key()).isNotEqualTo(((AdminKeyChoice.Given) first.choice()).key());
        assertThat(Files.list(state)).extracting(Path::getFileName).extracting(Path::toString).containsExactly(AdminKeyFile.NAME);
    }

    @Test
    void a_stale_key_file_is_deleted_when_a_start_generates_no_key() throws Exception {
        AdminKeyFile.settle(new AdminKeyChoice.Generate(), state).keep();
        AdminKeyFile.settle(new AdminKeyChoice.Given(AdminKey.parse(GIVEN).get(), "--admin-key"), state).keep();
        assertThat(state.resolve(AdminKeyFile.NAME)).doesNotExist();

        AdminKeyFile.settle(new AdminKeyChoice.Generate(), state).keep();
        AdminKeyFile.settle(new AdminKeyChoice.Open(), state).keep();
        assertThat(state.resolve(AdminKeyFile.NAME)).doesNotExist();
    }

    @Test
    void a_clean_stop_deletes_the_file_only_while_it_holds_its_own_key() throws Exception {
        Runnable firstStop = AdminKeyFile.settle(new AdminKeyChoice.Generate(), state).keep();
        Runnable secondStop = AdminKeyFile.settle(new AdminKeyChoice.Generate(), state).keep();
        String second = Files.readString(state.resolve(AdminKeyFile.NAME));

        firstStop.run();
        assertThat(state.resolve(AdminKeyFile.NAME)).hasContent(second.strip());
        secondStop.run();
        assertThat(state.resolve(AdminKeyFile.NAME)).doesNotExist();
    }

    @Test
    void a_given_key_is_what_the_server_asks_for_and_open_asks_for_none() {
        AdminAccess access = AdminKeyFile.access(new AdminKeyChoice.Given(AdminKey.parse(GIVEN).get(), "--admin-key"));

        assertThat(access).isInstanceOf(AdminAccess.KeyRequired.class);
        assertThat(((AdminAccess.KeyRequired) access).key().matches(GIVEN)).isTrue();
        assertThat(AdminKeyFile.access(new AdminKeyChoice.Open())).isInstanceOf(AdminAccess.Open.class);
    }

    @Test
    void a_started_emulator_tells_its_generated_key_and_the_state_directory_keeps_it() throws Exception {
        Emulator emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state).withAdminKey(new AdminKeyChoice.Generate())).get();
        try {
            assertThat(emulator.adminKey()).isNotEmpty();
            assertThat(Files.readString(state.resolve(AdminKeyFile.NAME)).strip()).isEqualTo(emulator.adminKey().get().reveal());
            assertThat(emulator.adminKey().get().toString()).doesNotContain(emulator.adminKey().get().reveal());
        } finally {
            emulator.stop();
        }
        assertThat(state.resolve(AdminKeyFile.NAME)).doesNotExist();
    }
}
