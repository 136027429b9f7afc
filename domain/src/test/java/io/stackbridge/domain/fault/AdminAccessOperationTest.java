package io.stackbridge.domain.fault;

import io.stackbridge.domain.error.ErrorCode;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal's name for a call refused at the admin gate: read like any operation, never a fault rule's target. */
class AdminAccessOperationTest {

    @Test
    void a_fault_rule_cannot_target_the_admin_gate_s_refusals() {
        var refused = FaultRule.of("gate", FaultMatch.operation(Operation.Admin_Access), 1.0, Option.none(),
                new FaultEffect.ReturnError(ErrorCode.TooManyRequests));

        assertThat(refused.isInvalid()).isTrue();
        assertThat(refused.getError().head().field()).isEqualTo("operation");
        assertThat(Operation.faultable()).doesNotContain(Operation.Admin_Access).contains(Operation.Usage_Push);
        assertThat(Operation.parse("admin_access").get()).isEqualTo(Operation.Admin_Access);
    }
}
