package io.stackbridge.domain.registration;

import io.stackbridge.domain.error.RegistrationError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The rules that bind a registration name to one stamp: a name keeps the cloudId it was created
 * with, and a cloudId is registered once, under one name, in one subscription (the usage service
 * must resolve a stamp's cloud to exactly one registration).
 */
public final class CloudIdBinding {

    private CloudIdBinding() {
    }

    /**
     * Checks a create-or-update of {@code key} with {@code token}, given what already exists under
     * that key and the registrations, in any subscription, that already hold the token's cloud.
     */
    public static Either<RegistrationError, RegistrationTokenContent> check(
            RegistrationKey key, RegistrationTokenContent token, Option<Registration> existing, Seq<Registration> holdingTheCloud) {
        if (existing.isDefined() && !existing.get().cloudId().equals(token.cloudId())) {
            return Either.left(new RegistrationError.CloudIdUpdateNotAllowed(key.name(), existing.get().cloudId(), token.cloudId()));
        }
        Option<Registration> holder = holdingTheCloud
                .find(other -> other.cloudId().equals(token.cloudId()) && !other.key().equals(key));
        if (holder.isDefined()) {
            return Either.left(new RegistrationError.CloudIdAlreadyRegistered(token.cloudId(), holder.get().key()));
        }
        return Either.right(token);
    }
}
