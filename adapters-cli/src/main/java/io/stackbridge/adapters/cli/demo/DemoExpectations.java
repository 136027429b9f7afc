package io.stackbridge.adapters.cli.demo;

import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultPreset;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * The code each provoking step of the demo expects: the tenant probes' own, and the code each fault
 * preset reproduces. A step that meets another code (or none) did not behave as expected.
 */
public record DemoExpectations(Map<TenantProbe, ErrorCode> tenants, Map<FaultPreset, ErrorCode> bridge) {

    /** The five bridge presets, in the order the demo switches them on (the first one meets a fresh sign-in, the last a short timeout). */
    public static final List<FaultPreset> BRIDGE_PRESETS = List.of(FaultPreset.SIGN_IN_REFUSED, FaultPreset.NETWORK_DOWN,
            FaultPreset.TLS_INTERCEPTION, FaultPreset.CLOCK_SKEW, FaultPreset.USAGE_TIMEOUT);

    public static DemoExpectations standard() {
        return new DemoExpectations(LinkedHashMap.ofEntries(List.of(TenantProbe.values()).map(probe -> io.vavr.Tuple.of(probe, probe.code()))),
                LinkedHashMap.ofEntries(BRIDGE_PRESETS.map(preset -> io.vavr.Tuple.of(preset, preset.reproduces()))));
    }

    /** The same, {@code probe} expecting {@code code} instead. */
    public DemoExpectations expecting(TenantProbe probe, ErrorCode code) {
        return new DemoExpectations(tenants.put(probe, code), bridge);
    }

    /** The same, {@code preset} expecting {@code code} instead. */
    public DemoExpectations expecting(FaultPreset preset, ErrorCode code) {
        return new DemoExpectations(tenants, bridge.put(preset, code));
    }

    ErrorCode of(TenantProbe probe) {
        return tenants.get(probe).getOrElse(probe.code());
    }

    ErrorCode of(FaultPreset preset) {
        return bridge.get(preset).getOrElse(preset.reproduces());
    }
}
