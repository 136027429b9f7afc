package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --azure in-process}: a fresh fake Azure inside each command, no emulator and no network. A
 * registration runs its steps there; the fake is gone when the command ends, so a later command
 * meets an Azure that does not know the stamp, as the README says.
 */
class InProcessAzureTest {

    @TempDir
    Path data;

    /** English words that have no business in French output (details, causes, "unknown"). */
    private static final List<String> ENGLISH = List.of("connected", "plain", "expires", "offset", "unknown", "network", "answered",
            "the ", " and ", "token", "registration", "usage service", "checks", "passed");

    private CliRun run(String... words) {
        return in("en", words);
    }

    private CliRun in(String language, String... words) {
        return StackCli.run(List.of(words).appendAll(List.of("--azure", "in-process", "--data-dir", data.toString(), "--lang", language,
                "--ascii")).toJavaArray(String[]::new));
    }

    @Test
    void a_stamp_registers_in_process_and_its_bridge_later_meets_an_azure_that_does_not_know_it() {
        CliRun init = run("stamp", "init", "--billing-model", "PayAsYouUse");
        CliRun register = run("stamp", "register");
        CliRun diagnose = run("bridge", "diagnose");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("signing in at https://login.stackbridge.invalid");
        assertThat(register.exitCode()).as(register.err()).isZero();
        assertThat(register.outLines()).filteredOn(line -> line.startsWith("  [ok] ")).hasSize(6);
        assertThat(register.out()).contains("its bridge reports usage to https://usage.stackbridge.invalid");
        assertThat(diagnose.exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(diagnose.outLines()).filteredOn(line -> line.startsWith("  [ok] ")).hasSize(9);
        assertThat(diagnose.outLines()).anyMatch(line -> line.startsWith("  [x] Find the registration in Azure"));
        assertThat(diagnose.err()).startsWith("stackbridge: Unauthorized: ").contains("CloudNotRegistered");
    }

    @Test
    void diagnose_in_french_tells_every_detail_and_cause_in_french() {
        run("stamp", "init", "--billing-model", "PayAsYouUse");
        run("stamp", "register");

        CliRun diagnose = in("fr", "bridge", "diagnose");

        assertThat(diagnose.exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(diagnose.out()).contains("dans le processus, pas de réseau à vérifier", "jeton émis, expire le ", "écart de ",
                "a répondu InvalidRequestContent au lot vide");
        assertThat(diagnose.err()).contains("CloudNotRegistered\u00a0: Aucune inscription d’Azure ne correspond au cloud");
        String withoutAddresses = (diagnose.out() + diagnose.err()).replaceAll("https://\\S+", "URL").toLowerCase(java.util.Locale.ROOT);
        ENGLISH.forEach(word -> assertThat(withoutAddresses).as("English “%s” in French output:%n%s", word, withoutAddresses)
                .doesNotContain(word));
    }
}
