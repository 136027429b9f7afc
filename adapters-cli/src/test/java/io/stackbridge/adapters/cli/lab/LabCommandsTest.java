package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.domain.fault.FaultRule;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the lab commands share: the list, progressive hints, state kept between commands, reset, JSON, French, and refusals. */
class LabCommandsTest extends LabTestBase {

    @Test
    void list_names_every_lab_with_its_code_and_state_as_a_table_and_as_json() {
        ok("lab", "start", "network-error");

        CliRun table = local("lab", "list");
        CliRun json = local("lab", "list", "--output", "json");

        assertThat(table.outLines()).hasSize(1 + LabName.values().length);
        assertThat(table.outLines().get(0)).matches("Lab +Code +State");
        assertThat(table.outLines()).anyMatch(line -> line.matches("network-error +NetworkError +started"))
                .anyMatch(line -> line.matches("metadata-resolver-bad-gateway +MetadataResolverBadGatewayError +not started"));
        assertThat(json.out()).contains("\"labs\"", "\"name\" : \"network-error\"", "\"code\" : \"NetworkError\"", "\"state\" : \"started\"",
                "\"state\" : \"not-started\"");
    }

    @Test
    void hints_come_one_at_a_time_and_the_last_names_the_exact_command_and_the_state_survives_between_commands() {
        ok("lab", "start", "network-error");

        CliRun first = local("lab", "hint", "network-error");
        CliRun second = local("lab", "hint", "network-error");
        CliRun third = local("lab", "hint", "network-error");
        CliRun again = local("lab", "hint", "network-error");

        assertThat(first.outLines().get(0)).isEqualTo("Hint 1 of 3:");
        assertThat(first.out()).contains("stackbridge bridge diagnose").doesNotContain("faults remove");
        assertThat(second.outLines().get(0)).isEqualTo("Hint 2 of 3:");
        assertThat(third.outLines().get(0)).isEqualTo("Hint 3 of 3:");
        assertThat(third.out()).contains("stackbridge azure faults remove network-down");
        assertThat(again.out()).contains("stackbridge azure faults remove network-down", "That was the last hint");
        assertThat(data.resolve(LabStateFile.FILE)).exists();
    }

    @Test
    void reset_takes_away_the_fault_rule_the_lab_added_and_forgets_the_lab() throws Exception {
        timeout = "1";
        ok("lab", "start", "request-timed-out");
        assertThat(emulator.admin().listFaultRules().list().rules().map(FaultRule::id)).contains("usage-timeout");

        CliRun reset = ok("lab", "reset");

        assertThat(reset.out()).contains("Lab request-timed-out is reset");
        assertThat(emulator.admin().listFaultRules().list().rules()).isEmpty();
        assertThat(Files.exists(data.resolve(LabStateFile.FILE))).isFalse();
        assertThat(local("lab", "list", "--output", "json").out()).doesNotContain("\"state\" : \"started\"");
        assertThat(ok("lab", "reset").out()).contains("No lab is started here");
    }

    @Test
    void reset_puts_back_the_approval_and_the_fault_rules_the_labs_changed() {
        ok("lab", "start", "login-error");
        ok("lab", "reset");
        ok("lab", "start", "unauthorized-csp-registration");
        ok("lab", "reset");

        CliRun push = run("bridge", "push", "--attempts", "1");
        assertThat(push.exitCode()).as(push.out() + push.err()).isZero();
        CliRun again = run("lab", "start", "registration-not-found");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
    }

    @Test
    void reset_takes_away_the_intercepting_proxy_whose_certificate_the_terminal_trusts() {
        ok("lab", "start", "certificate-validation-error");

        CliRun reset = run("lab", "reset");

        assertThat(reset.exitCode()).as(reset.out() + reset.err()).isZero();
        assertThat(emulator.admin().listFaultRules().list().rules()).isEmpty();
    }

    @Test
    void reset_says_how_to_take_away_the_intercepting_proxy_when_its_certificate_is_not_beside_the_ca_file() throws Exception {
        ok("lab", "start", "certificate-validation-error");
        Path copiedCa = Files.copy(emulator.caPem(), data.resolve("copied-ca.pem"));

        CliRun refused = StackCli.run("lab", "reset", "--azure", emulator.url().toString(), "--ca", copiedCa.toString(),
                "--timeout", timeout, "--data-dir", data.toString(), "--lang", "en");
        CliRun reset = run("lab", "reset");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(refused.err()).contains("CertificateValidationError", "intercepting-proxy.pem",
                "stackbridge azure faults remove tls-interception");
        assertThat(reset.exitCode()).as(reset.out() + reset.err()).isZero();
        assertThat(emulator.admin().listFaultRules().list().rules()).isEmpty();
    }

    @Test
    void starting_another_lab_puts_back_what_the_first_one_broke() {
        ok("lab", "start", "network-error");

        CliRun second = ok("lab", "start", "metadata-resolver-bad-gateway");

        assertThat(second.out()).contains("Lab network-error was started here");
        assertThat(emulator.admin().listFaultRules().list().rules().map(FaultRule::id)).containsExactly("directory-down");
    }

    @Test
    void check_as_json_says_what_still_fails() {
        ok("lab", "start", "invalid-csp-subscription");

        CliRun check = run("lab", "check", "invalid-csp-subscription", "--output", "json");

        assertThat(check.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(check.out()).startsWith("{").contains("\"lab\" : \"invalid-csp-subscription\"", "\"fixed\" : false",
                "\"failure\"", "\"code\" : \"CustomerSubscriptionNotFound\"");
    }

    @Test
    void a_lab_not_started_an_unknown_lab_and_an_in_process_azure_are_refused() {
        CliRun notStarted = run("lab", "check", "network-error");
        CliRun hint = local("lab", "hint", "network-error");
        CliRun unknown = run("lab", "start", "no-such-lab");
        CliRun inProcess = StackCli.run("lab", "start", "network-error", "--azure", "in-process", "--data-dir", data.toString());

        assertThat(notStarted.exitCode()).isEqualTo(ExitCodes.NOT_READY);
        assertThat(notStarted.err()).contains("Lab network-error is not started here");
        assertThat(hint.exitCode()).isEqualTo(ExitCodes.NOT_READY);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no-such-lab is not a lab", "network-error, request-timed-out");
        assertThat(inProcess.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(inProcess.err()).contains("running emulator");
    }

    @Test
    void a_lab_speaks_french_too() {
        CliRun start = StackCli.run("lab", "start", "unauthorized-csp-registration", "--azure", emulator.url().toString(), "--ca",
                emulator.caPem().toString(), "--data-dir", data.toString(), "--lang", "fr");

        assertThat(start.exitCode()).as(start.out() + start.err()).isZero();
        assertThat(start.out()).contains("Voici ce que vous constatez\u00a0:", "UnauthorizedCspRegistration\u00a0: ");
    }
}
