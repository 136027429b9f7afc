package io.stackbridge.application.port.in.admin;

import io.vavr.control.Option;

/** Withdraws every fault rule, optionally restarting the random source from a new seed. */
public interface ClearFaultRulesUseCase {

    void clear(Option<Long> seed);
}
