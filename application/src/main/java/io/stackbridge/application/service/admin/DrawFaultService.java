package io.stackbridge.application.service.admin;

import io.stackbridge.application.port.in.admin.DrawFaultUseCase;
import io.stackbridge.application.port.out.FaultRulesPort;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultRule;
import io.vavr.control.Option;

/** Draws the fault rule that fires for a call. */
public final class DrawFaultService implements DrawFaultUseCase {

    private final FaultRulesPort faults;

    public DrawFaultService(FaultRulesPort faults) {
        this.faults = faults;
    }

    @Override
    public Option<FaultRule> draw(FaultCall call) {
        return faults.draw(call);
    }
}
