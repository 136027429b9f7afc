package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.RemoveFaultRuleUseCase;
import io.stackbridge.application.port.out.FaultRulesPort;
import io.stackbridge.domain.arm.Removal;

/** Removes a fault rule; removing a missing one is not an error. */
public final class RemoveFaultRuleService implements RemoveFaultRuleUseCase {

    private final FaultRulesPort faults;

    public RemoveFaultRuleService(FaultRulesPort faults) {
        this.faults = faults;
    }

    @Override
    public Removal remove(String id) {
        return faults.remove(id) ? Removal.DELETED : Removal.ABSENT;
    }
}
