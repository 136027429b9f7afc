package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.fault.FaultRule;

/** Puts a fault rule in force after the existing ones (replacing one with the same ID). */
public interface AddFaultRuleUseCase {

    FaultRule add(FaultRule rule);
}
