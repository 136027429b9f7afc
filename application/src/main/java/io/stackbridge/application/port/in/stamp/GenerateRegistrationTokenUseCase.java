package io.stackbridge.application.port.in.stamp;

import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/** Produces the stamp's registration token (Base64 of its JSON content), as New-RegistrationToken does. */
public interface GenerateRegistrationTokenUseCase {

    /** The token, or {@code InvalidRegistrationToken} naming every field the billing choice gets wrong. */
    Either<DomainError, String> generate();
}
