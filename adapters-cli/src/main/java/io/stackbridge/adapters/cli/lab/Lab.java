package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * What one lab does once the stamp is registered: make what it needs, break something, show the
 * symptom as an operator meets it, and tell whether it is fixed; plus the values its hints name.
 */
sealed interface Lab permits BridgeLab, TenantLab {

    LabName name();

    /** Makes what the lab needs and breaks it; the state to keep (what to undo, the request handed out). */
    Either<DomainError, LabState> start(LabSession session, RegistrationKey registration);

    /** What the trainee meets right after the start. */
    Probe symptom(LabSession session, LabState state);

    /** Whether the problem is gone, and if not, what still fails. */
    Probe check(LabSession session, LabState state, RegistrationKey registration);

    /** The values the lab's hints fill in: {0} registration name, {1} its subscription, {2} its resource group, then the lab's own. */
    default Object[] hintValues(LabState state, RegistrationKey registration) {
        return new Object[] {registration.name().value(), registration.subscriptionId().value(), registration.resourceGroup().value()};
    }

    /** Breaks what a lab breaks, given the stamp's registration; what to undo. */
    @FunctionalInterface
    interface Breaker {
        Either<DomainError, List<Undo>> breakIt(LabSession session, RegistrationKey registration);
    }
}
