package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.arm.Removal;

/** Withdraws one fault rule. */
public interface RemoveFaultRuleUseCase {

    Removal remove(String id);
}
