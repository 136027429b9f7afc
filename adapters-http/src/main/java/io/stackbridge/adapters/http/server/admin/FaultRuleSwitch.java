package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.Context;
import io.stackbridge.adapters.http.server.pipeline.ConnectionFaults;
import io.stackbridge.adapters.http.server.tls.InterceptingProxy;
import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;

import java.util.Objects;

/**
 * Puts a fault rule in force from an admin request, with what an {@code UntrustedCertificate} rule needs
 * around it: the {@link InterceptingProxy}'s certificate published first (the terminal's next handshake
 * meets the proxy, and trusts it from that file), and the other open connections closed after, so the
 * next call meets the proxy. The fault API and the portal's presets both switch rules on through it.
 */
public final class FaultRuleSwitch {

    private final AddFaultRuleUseCase addFaultRule;
    private final InterceptingProxy proxy;

    public FaultRuleSwitch(AddFaultRuleUseCase addFaultRule, InterceptingProxy proxy) {
        this.addFaultRule = Objects.requireNonNull(addFaultRule, "addFaultRule");
        this.proxy = Objects.requireNonNull(proxy, "proxy");
    }

    /** The rule as stored; {@code ctx} is the admin request that asked for it (its own connection stays open). */
    public FaultRule on(FaultRule rule, Context ctx) {
        boolean intercepting = rule.effect() instanceof FaultEffect.UntrustedCertificate;
        if (intercepting) {
            proxy.publish();
        }
        FaultRule stored = addFaultRule.add(rule);
        if (intercepting) {
            ConnectionFaults.closeEveryOther(ctx);
        }
        return stored;
    }
}
