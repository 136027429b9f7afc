package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The five bridge labs: each starts broken, check fails with exit code 5, the documented fix is applied with the product's commands, check passes. */
class BridgeLabsTest extends LabTestBase {

    @Test
    void network_error_is_fixed_by_opening_the_path() {
        CliRun start = startedAndBroken(LabName.NETWORK_ERROR, ExitCodes.BRIDGE_ERROR);
        assertThat(start.out()).contains("$ stackbridge bridge push --attempts 1").doesNotContain("network-down", "What to do");

        fix().removeFault("network-down");

        fixed(LabName.NETWORK_ERROR);
    }

    @Test
    void request_timed_out_is_fixed_by_removing_what_holds_the_connections() {
        timeout = "1";
        startedAndBroken(LabName.REQUEST_TIMED_OUT, ExitCodes.BRIDGE_ERROR);

        fix().removeFault("usage-timeout");

        fixed(LabName.REQUEST_TIMED_OUT);
    }

    @Test
    void login_error_is_fixed_once_entra_id_accepts_the_bridges_secret_again() {
        CliRun start = startedAndBroken(LabName.LOGIN_ERROR, ExitCodes.BRIDGE_ERROR);
        assertThat(start.out()).contains("InvalidClientSecret");

        fix().removeFault("sign-in-refused");

        fixed(LabName.LOGIN_ERROR);
    }

    @Test
    void certificate_validation_error_is_fixed_by_exempting_the_endpoint_from_tls_inspection() {
        CliRun start = startedAndBroken(LabName.CERTIFICATE_VALIDATION_ERROR, ExitCodes.BRIDGE_ERROR);
        assertThat(start.out()).contains("$ stackbridge bridge diagnose");
        local("lab", "hint", "certificate-validation-error");
        local("lab", "hint", "certificate-validation-error");
        assertThat(local("lab", "hint", "certificate-validation-error").out())
                .contains("stackbridge azure faults remove tls-interception").doesNotContain("curl");

        fix().removeInterceptingProxy();

        fixed(LabName.CERTIFICATE_VALIDATION_ERROR);
    }

    @Test
    void unauthorized_is_fixed_by_registering_the_stamp_again() {
        CliRun start = startedAndBroken(LabName.UNAUTHORIZED, ExitCodes.BRIDGE_ERROR);
        assertThat(start.out()).contains("CloudNotRegistered");

        ok("stamp", "register");

        fixed(LabName.UNAUTHORIZED);
    }
}
