package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultRule;
import io.vavr.control.Option;

/** Decides, for one incoming call, which fault rule fires (used by the emulator's request filter). */
public interface DrawFaultUseCase {

    Option<FaultRule> draw(FaultCall call);
}
