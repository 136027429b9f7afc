package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.application.port.out.FaultRulesPort;
import io.stackbridge.domain.fault.FaultRule;

/** Adds a fault rule. */
public final class AddFaultRuleService implements AddFaultRuleUseCase {

    private final FaultRulesPort faults;

    public AddFaultRuleService(FaultRulesPort faults) {
        this.faults = faults;
    }

    @Override
    public FaultRule add(FaultRule rule) {
        faults.add(rule);
        return rule;
    }
}
