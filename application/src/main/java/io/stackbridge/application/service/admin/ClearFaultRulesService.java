package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.ClearFaultRulesUseCase;
import io.stackbridge.application.port.out.FaultRulesPort;
import io.vavr.control.Option;

/** Clears the fault rules, and reseeds when asked. */
public final class ClearFaultRulesService implements ClearFaultRulesUseCase {

    private final FaultRulesPort faults;

    public ClearFaultRulesService(FaultRulesPort faults) {
        this.faults = faults;
    }

    @Override
    public void clear(Option<Long> seed) {
        faults.clear();
        seed.forEach(faults::reseed);
    }
}
