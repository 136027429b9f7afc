package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bridge push}, {@code status} and {@code diagnose} against the emulator: usage reaches Azure, and each failure is named. */
class BridgeCommandsTest extends RegisteredStampTestBase {

    @Override
    int hoursOfUsage() {
        return 4;
    }

    private static void fault(Operation operation, FaultEffect effect) {
        azure.admin().addFaultRule().add(new FaultRule("test", FaultMatch.operation(operation), 1.0, Option.none(), effect));
    }

    @Test
    void push_delivers_everything_in_batches_and_status_and_diagnose_are_clean() {
        CliRun push = stamp.remote("bridge", "push", "--batch-size", "50");
        CliRun status = stamp.local("bridge", "status");
        CliRun diagnose = stamp.remote("bridge", "diagnose");

        assertThat(push.exitCode()).as(push.err()).isZero();
        assertThat(push.out()).matches("(?s)Azure confirmed \\d+ records in \\d+ batches \\(0 of them it already had\\); 0 records still waiting\\.\\R");
        assertThat(status.outLines()).contains("Records waiting in the outbox: 0", "No error recorded.")
                .anyMatch(line -> line.startsWith("Last usage delivered to Azure: "));
        assertThat(diagnose.exitCode()).as(diagnose.out() + diagnose.err()).isZero();
        assertThat(diagnose.outLines()).filteredOn(line -> line.startsWith("  [ok] ")).hasSize(10);
        assertThat(diagnose.outLines()).contains("Checks passed: 10 of 10.");
        assertThat(stamp.remote("bridge", "push").out()).isEqualTo("Nothing to send: the outbox is empty." + System.lineSeparator());
    }

    @Test
    void an_unreachable_usage_service_is_a_network_error_named_by_push_and_status() {
        fault(Operation.Usage_Push, new FaultEffect.Unreachable());

        assertStoppedBy(stamp.remote("bridge", "push", "--attempts", "1"), ErrorCode.NetworkError);
    }

    @Test
    void a_usage_service_that_does_not_answer_in_time_is_a_timeout() {
        fault(Operation.Usage_Push, new FaultEffect.Slow());

        assertStoppedBy(stamp.remote("bridge", "push", "--attempts", "1", "--timeout", "1"), ErrorCode.RequestTimedOut);
    }

    @Test
    void a_refused_sign_in_is_a_login_error() {
        fault(Operation.Token_Issue, new FaultEffect.ReturnError(ErrorCode.InvalidClientSecret));

        assertStoppedBy(stamp.remote("bridge", "push"), ErrorCode.LoginError);
    }

    @Test
    void a_usage_service_ten_minutes_away_refuses_the_bridge_as_unauthorized() {
        fault(Operation.Usage_Push, new FaultEffect.ShiftClock(Duration.ofMinutes(10)));

        assertStoppedBy(stamp.remote("bridge", "push"), ErrorCode.Unauthorized);
    }

    @Test
    void push_run_and_diagnose_without_activation_are_not_ready() {
        stamp.local("stamp", "deactivate");

        CliRun push = stamp.remote("bridge", "push");
        CliRun run = stamp.remote("bridge", "run", "--until-empty");
        CliRun diagnose = stamp.remote("bridge", "diagnose");

        assertThat(push.exitCode()).isEqualTo(ExitCodes.NOT_READY);
        assertThat(push.err()).startsWith("stackbridge: StampNotActivated: ");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_READY);
        assertThat(diagnose.exitCode()).isEqualTo(ExitCodes.NOT_READY);
        assertThat(diagnose.err()).startsWith("stackbridge: StampNotActivated: ");
    }

    /** The push stopped with exit code 5 and the code; the status names it with when, where, why and what to do. */
    private void assertStoppedBy(CliRun push, ErrorCode code) {
        CliRun status = stamp.local("bridge", "status");
        CliRun french = stamp.inFrench().local("bridge", "status");

        assertThat(push.exitCode()).as(push.out() + push.err()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(push.out()).startsWith("The bridge stopped after 0 confirmed batches (0 records); ");
        assertThat(push.errLines().get(0)).startsWith("stackbridge: " + code + ": ");
        assertThat(push.err()).doesNotContain("\tat ", "Exception in");
        assertThat(status.outLines().get(status.outLines().indexOf("Last error:") + 1)).startsWith(code + ": ")
                .as("the cause closes the sentence once").doesNotEndWith("..");
        assertThat(status.outLines()).anyMatch(line -> Pattern.matches("  At \\S+, attempt \\d+, endpoint " + Pattern.quote(azure.url().toString()), line))
                .noneMatch(line -> line.contains("Cause"))
                .anyMatch(line -> line.startsWith("  What to do: "))
                .contains("The bridge has not delivered any usage since this error.");
        assertThat(french.outLines()).anyMatch(line -> line.startsWith("  Que faire\u00a0: "))
                .contains("Le pont n’a remis aucune utilisation depuis cette erreur.");
    }
}
