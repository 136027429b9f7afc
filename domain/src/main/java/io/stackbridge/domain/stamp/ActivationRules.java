package io.stackbridge.domain.stamp;

import io.stackbridge.domain.error.StampError;
import io.stackbridge.domain.error.StampError.ActivationKeyMismatch;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.control.Either;

/**
 * What a verified activation key must say before a stamp applies it: its own cloud ID, and the
 * object ID of its own bridge principal (the one the registration token carried). First failure wins.
 */
public final class ActivationRules {

    private ActivationRules() {
    }

    public static Either<StampError, ActivationKeyClaims> check(Stamp stamp, ActivationKeyClaims claims) {
        if (!stamp.cloudId().equals(claims.cloudId())) {
            return Either.left(new ActivationKeyMismatch(CloudId.FIELD, stamp.cloudId().value(), claims.cloudId().value()));
        }
        ObjectId principal = stamp.principal().objectId();
        if (!principal.equals(claims.objectId())) {
            return Either.left(new ActivationKeyMismatch(ObjectId.FIELD, principal.value(), claims.objectId().value()));
        }
        return Either.right(claims);
    }
}
