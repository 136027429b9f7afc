package io.stackbridge.application.service.bridge;

import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.bridge.Finding;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.UsageServiceError.CloudNotRegistered;
import io.stackbridge.domain.error.UsageServiceError.RegistrationModified;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;

/**
 * Whether the activation's registration still exists in Azure for the same cloud and principal; a
 * missing or re-created one is the {@code Unauthorized} the usage service would answer with.
 * Missing is decided on the error's code, not on its HTTP status: another refusal that happens to be
 * a 404 (a customer subscription not found) is reported as it is.
 */
final class RegistrationMatch {

    /** The codes saying that nothing is at the registration's ID: the resource, or its resource group, is not there. */
    private static final Set<ErrorCode> MISSING = HashSet.of(ErrorCode.ResourceNotFound, ErrorCode.ResourceGroupNotFound,
            ErrorCode.RegistrationNotFound);

    private final RegistrationPort registrations;

    RegistrationMatch(RegistrationPort registrations) {
        this.registrations = registrations;
    }

    Either<DomainError, Finding> check(Activation activation) {
        String usage = activation.usageEndpoint().toString();
        return registrations.get(activation.registration())
                .mapLeft(error -> MISSING.contains(error.code())
                        ? BridgeClassifier.usageRejection(usage, new CloudNotRegistered(activation.claims().cloudId()))
                        : error)
                .flatMap(found -> matches(found, activation)
                        ? Either.right(Finding.of(Finding.Kind.REGISTRATION_FOUND, found.cloudId(), found.objectId()))
                        : Either.left(BridgeClassifier.usageRejection(usage,
                                new RegistrationModified(found.cloudId(), found.objectId(), activation.claims().objectId()))));
    }

    private static boolean matches(RegistrationSummary found, Activation activation) {
        return found.cloudId().equals(activation.claims().cloudId()) && found.objectId().equals(activation.claims().objectId());
    }
}
