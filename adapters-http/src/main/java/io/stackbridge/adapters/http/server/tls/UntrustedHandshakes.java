package io.stackbridge.adapters.http.server.tls;

import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * Decides, for each TLS handshake, whether an UntrustedCertificate rule is in force: the first such
 * rule fires with its probability, and a firing counts against its {@code times} (the rule is put
 * back with one firing fewer, after the other rules).
 */
public final class UntrustedHandshakes implements BooleanSupplier {

    private final ListFaultRulesUseCase list;
    private final AddFaultRuleUseCase add;

    @Inject
    public UntrustedHandshakes(ListFaultRulesUseCase list, AddFaultRuleUseCase add) {
        this.list = list;
        this.add = add;
    }

    /** Whether any UntrustedCertificate rule is listed (without drawing it). */
    public boolean inForce() {
        return first().isDefined();
    }

    @Override
    public synchronized boolean getAsBoolean() {
        Option<FaultRule> rule = first();
        if (rule.isEmpty() || !fires(rule.get().probability())) {
            return false;
        }
        FaultRule found = rule.get();
        if (found.remaining().isDefined()) {
            add.add(new FaultRule(found.id(), found.match(), found.probability(), found.remaining().map(times -> times - 1), found.effect()));
        }
        return true;
    }

    private Option<FaultRule> first() {
        return list.list().rules().find(candidate -> candidate.effect() instanceof FaultEffect.UntrustedCertificate);
    }

    private static boolean fires(double probability) {
        return probability >= 1 || probability > 0 && ThreadLocalRandom.current().nextDouble() < probability;
    }
}
