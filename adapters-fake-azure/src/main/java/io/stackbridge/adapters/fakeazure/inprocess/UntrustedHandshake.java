package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;
import io.vavr.control.Option;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Whether a TLS handshake with the in-process Azure would meet an intercepting certificate, as the
 * emulator decides it: the first UntrustedCertificate rule in force, whatever operation it names,
 * fires with its probability, and a firing counts against its {@code times}.
 */
final class UntrustedHandshake {

    private final FaultInjector faults;

    UntrustedHandshake(FaultInjector faults) {
        this.faults = faults;
    }

    /** The rule that fired for this handshake, if one did. */
    synchronized Option<FaultRule> draw() {
        Option<FaultRule> rule = faults.rules().find(candidate -> candidate.effect() instanceof FaultEffect.UntrustedCertificate);
        if (rule.isEmpty() || !fires(rule.get().probability())) {
            return Option.none();
        }
        FaultRule found = rule.get();
        if (found.remaining().isDefined()) {
            faults.add(new FaultRule(found.id(), found.match(), found.probability(), found.remaining().map(times -> times - 1),
                    found.effect()));
        }
        return rule;
    }

    private static boolean fires(double probability) {
        return probability >= 1 || probability > 0 && ThreadLocalRandom.current().nextDouble() < probability;
    }
}
