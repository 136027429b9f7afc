package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The ways the labs break things: a documented fault preset switched on, or real state changed in the
 * emulator (the registration deleted, the approval taken back, the stamp
 * registered as Capacity, a tenant removed); each says what {@code lab reset} must undo.
 */
final class Breakers {

    private Breakers() {
    }

    static Lab.Breaker fault(FaultPreset preset) {
        return (session, registration) -> session.azure().admin().addFaultRule(preset.rule())
                .map(added -> List.of(new Undo.FaultRule(preset.presetName())));
    }

    static Lab.Breaker deletedRegistration() {
        return (session, registration) -> session.azure().registrations().delete(registration)
                .map(removed -> List.of(new Undo.RemovedRegistration()));
    }

    static Lab.Breaker revokedApproval() {
        return (session, registration) -> session.azure().admin().revokeMultiTenancy(registration)
                .map(revoked -> List.of(new Undo.RevokedApproval()));
    }

    static Lab.Breaker capacity() {
        return (session, registration) -> LabStamp.capacity(session).map(key -> List.of(new Undo.CapacityBilling()));
    }

    /** The customer onboarded, then removed again, as a colleague's clean-up would: nothing to undo. */
    static Lab.Breaker removedTenant(SubscriptionId customer) {
        return (session, registration) -> session.azure().customerSubscriptions().add(registration, customer.value(), Option.none())
                .flatMap(added -> session.azure().customerSubscriptions().remove(registration, customer.value()))
                .map(removed -> List.empty());
    }

    static Lab.Breaker nothing() {
        return (session, registration) -> Either.right(List.empty());
    }
}
