package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.support.access.AdminKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a command finds the admin key: the option, else the environment, else the file beside --ca, else none. */
class AdminKeySourcesTest {

    private static final String OPTION = "the-options-admin-key-0123";
    private static final String ENVIRONMENT = "the-environments-admin-key-4567";
    private static final String FILE = "the-files-admin-key-89abcdef";
    private static final CommandSpec SPEC = new CommandLine(CommandSpec.create()).getCommandSpec();

    @TempDir
    Path state;

    @Test
    void the_option_wins_then_the_environment_then_the_file() throws Exception {
        Path file = Files.writeString(state.resolve("admin-key"), FILE + "\n");

        assertThat(key(OPTION, ENVIRONMENT, file)).isEqualTo(OPTION);
        assertThat(key(null, ENVIRONMENT, file)).isEqualTo(ENVIRONMENT);
        assertThat(key(null, "", file)).isEqualTo(FILE);
        assertThat(key(null, null, file)).isEqualTo(FILE);
        assertThat(AdminKeySources.key(SPEC, CliText.english(), null, null, state.resolve("no-such-file"))).isEmpty();
    }

    @Test
    void a_bad_key_from_any_source_is_a_usage_error_naming_the_source_not_the_key() throws Exception {
        Path file = Files.writeString(state.resolve("admin-key"), "bad file key");

        assertThatThrownBy(() -> key(null, "bad env key", file)).isInstanceOf(ParameterException.class)
                .hasMessageContaining("STACKBRIDGE_ADMIN_KEY").hasMessageNotContaining("bad env key");
        assertThatThrownBy(() -> key(null, null, file)).isInstanceOf(ParameterException.class)
                .hasMessageContaining(file.toString()).hasMessageNotContaining("bad file key");
    }

    private static String key(String option, String environment, Path file) {
        return AdminKeySources.key(SPEC, CliText.english(), option, environment, file).map(AdminKey::reveal).getOrNull();
    }
}
