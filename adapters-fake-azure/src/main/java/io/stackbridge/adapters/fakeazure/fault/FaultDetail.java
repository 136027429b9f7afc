package io.stackbridge.adapters.fakeazure.fault;

import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;

/**
 * A fired rule in one line of identifiers ({@code rule-id: Delay PT2S}), used as the cause or
 * upstream detail of the failure it produced. Identifiers only: sentences come from the bundles.
 */
public final class FaultDetail {

    private FaultDetail() {
    }

    public static String of(FaultRule rule) {
        return rule.id() + ": " + effect(rule.effect());
    }

    static String effect(FaultEffect effect) {
        String name = effect.getClass().getSimpleName();
        if (effect instanceof FaultEffect.ReturnError error) {
            return name + " " + error.code().name();
        }
        if (effect instanceof FaultEffect.Delay delay) {
            return name + " " + delay.delay();
        }
        if (effect instanceof FaultEffect.ShiftClock shift) {
            return name + " " + shift.offset();
        }
        return name;
    }
}
