package io.stackbridge.application.service.bridge;

import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageServiceError.CloudNotRegistered;
import io.stackbridge.domain.error.UsageServiceError.RegistrationModified;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.control.Either;

/**
 * Whether the activation's registration still exists in Azure for the same cloud and principal; a
 * missing or re-created one is the {@code Unauthorized} the usage service would answer with.
 */
final class RegistrationMatch {

    private final RegistrationPort registrations;

    RegistrationMatch(RegistrationPort registrations) {
        this.registrations = registrations;
    }

    Either<DomainError, String> check(Activation activation) {
        String usage = activation.usageEndpoint().toString();
        return registrations.get(activation.registration())
                .mapLeft(error -> error.code().httpStatus().contains(404)
                        ? BridgeClassifier.usageRejection(usage, new CloudNotRegistered(activation.claims().cloudId()))
                        : error)
                .flatMap(found -> matches(found, activation)
                        ? Either.right(found.cloudId() + " / " + found.objectId())
                        : Either.left(BridgeClassifier.usageRejection(usage,
                                new RegistrationModified(found.cloudId(), found.objectId(), activation.claims().objectId()))));
    }

    private static boolean matches(RegistrationSummary found, Activation activation) {
        return found.cloudId().equals(activation.claims().cloudId()) && found.objectId().equals(activation.claims().objectId());
    }
}
