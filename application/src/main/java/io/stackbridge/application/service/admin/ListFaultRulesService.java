package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.application.port.out.FaultRulesPort;

/** Lists the fault rules in force with the seed. */
public final class ListFaultRulesService implements ListFaultRulesUseCase {

    private final FaultRulesPort faults;

    public ListFaultRulesService(FaultRulesPort faults) {
        this.faults = faults;
    }

    @Override
    public FaultRules list() {
        return new FaultRules(faults.rules(), faults.seed());
    }
}
