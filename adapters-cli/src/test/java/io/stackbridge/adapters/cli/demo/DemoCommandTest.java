package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.cli.wiring.AzureConsole;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.stackbridge.adapters.cli.wiring.StackLauncher;
import io.stackbridge.adapters.cli.wiring.WiredDemoGround;
import io.stackbridge.domain.error.Category;
import io.stackbridge.domain.error.ErrorCode;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stackbridge demo}: the whole story in English and in French, every step as expected; and a step that misses gives a failing exit code. */
class DemoCommandTest {

    /** The eight tenant-registration codes and the five bridge codes. */
    private static final List<ErrorCode> THIRTEEN = List.of(ErrorCode.values())
            .filter(code -> code.category() == Category.TENANT_REGISTRATION || code.category() == Category.BRIDGE);

    @Test
    void the_story_in_english_provokes_all_thirteen_codes_and_azure_booked_what_the_stamp_generated() {
        CliRun demo = StackCli.run("demo", "--lang", "en", "--ascii");

        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
        assertThat(THIRTEEN).hasSize(13);
        THIRTEEN.forEach(code -> assertThat(demo.out()).as(code.name()).contains("    " + code.name() + ": "));
        assertThat(demo.outLines()).anyMatch(line -> line.matches("  \\[ok\\] Azure booked exactly what the stamp generated: .+ records, .+ in all, over 3 subscriptions\\."));
        assertThat(demo.outLines()).last().isEqualTo("Every step behaved as expected (" + DemoCommand.STEPS + " steps).");
        assertThat(demo.out()).doesNotContain("[x]");
    }

    @Test
    void the_story_in_french_names_the_same_codes_and_checks_the_bill() {
        CliRun demo = StackCli.run("demo", "--lang", "fr", "--ascii");

        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
        THIRTEEN.forEach(code -> assertThat(demo.out()).as(code.name()).contains("    " + code.name() + "\u00a0: "));
        assertThat(demo.outLines()).anyMatch(line -> line.startsWith("  [ok] Azure a comptabilisé exactement ce que le stamp a produit\u00a0: "));
        assertThat(demo.out()).contains("Que faire\u00a0: ");
        assertThat(demo.outLines()).last().isEqualTo("Chaque étape s’est déroulée comme prévu (" + DemoCommand.STEPS + " étapes).");
    }

    @Test
    void a_step_that_does_not_behave_as_expected_is_named_and_the_exit_code_is_not_zero() {
        StringWriter out = new StringWriter();
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(out), new PrintWriter(new StringWriter()));
        DemoExpectations wrong = DemoExpectations.standard().expecting(TenantProbe.NOT_CSP, ErrorCode.BadCustomerSubscriptionId);
        DemoCommand demo = new DemoCommand(console, new EmulatorLauncher(), new StackLauncher(), new AzureConsole(), new WiredDemoGround(),
                wrong);

        int exit = new Program(console, Set.of(demo)).run("demo", "--lang", "en", "--ascii");

        assertThat(exit).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("  [x] Adding subscription eaeaeaea-0002-4000-8000-000000000001, an Enterprise Agreement customer’s: "
                        + "InvalidCSPSubscription.",
                "    Expected: BadCustomerSubscriptionId; seen: InvalidCSPSubscription.",
                "1 of " + DemoCommand.STEPS + " steps did not behave as expected:");
    }

    @Test
    void a_bridge_timeout_out_of_range_is_a_usage_error_and_starts_nothing() {
        CliRun demo = StackCli.run("demo", "--bridge-timeout", "0", "--lang", "en");

        assertThat(demo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(demo.err()).contains("--bridge-timeout takes a whole number from 1 to 30, and 0 is not one.");
        assertThat(demo.out()).isEmpty();
    }
}
