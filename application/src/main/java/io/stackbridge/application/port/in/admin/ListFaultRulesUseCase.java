package io.stackbridge.application.port.in.admin;

import io.stackbridge.domain.fault.FaultRule;
import io.vavr.collection.List;

/** Shows the fault rules in force, in the order they are matched, with the random seed. */
public interface ListFaultRulesUseCase {

    /** The rules and the seed that replays their draws. */
    record FaultRules(List<FaultRule> rules, long seed) {
    }

    FaultRules list();
}
