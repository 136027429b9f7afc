package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The ways the labs break things: a documented fault preset switched on, or real state changed in the
 * emulator (the bridge principal disabled, the registration deleted, the approval taken back, the stamp
 * registered as Capacity, a tenant removed); each says what {@code lab reset} must undo.
 */
final class Breakers {

    private Breakers() {
    }

    static Lab.Breaker fault(FaultPreset preset) {
        return (session, registration) -> session.azure().admin().addFaultRule(preset.rule())
                .map(added -> List.of(new Undo.FaultRule(preset.presetName())));
    }

    static Lab.Breaker disabledPrincipal() {
        return (session, registration) -> principal(session, false).map(done -> List.of(new Undo.DisabledPrincipal()));
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

    /** The well-known bridge principal, enabled or not, its secret and display name kept. */
    static Either<DomainError, EmulatorAdminPort.Done> principal(LabSession session, boolean enabled) {
        DevPrincipal known = session.defaults().bridgePrincipal();
        ClientId client = ClientId.of(known.clientId());
        String shown = session.azure().admin().world().toOption()
                .flatMap(world -> world.principals().find(principal -> principal.clientId().equals(client)))
                .map(ServicePrincipal::displayName).getOrElse("");
        return session.azure().admin().putPrincipal(new ServicePrincipal(TenantId.of(known.tenantId()), client,
                ObjectId.of(known.objectId()), new ClientSecret(known.clientSecret()), enabled, shown));
    }
}
