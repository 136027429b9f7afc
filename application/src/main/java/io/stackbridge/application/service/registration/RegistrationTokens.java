package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.RegistrationError.InvalidRegistrationToken;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.vavr.control.Either;

/** Turns a registration token as sent into checked content, or {@code InvalidRegistrationToken} naming every problem. */
final class RegistrationTokens {

    private final RegistrationTokenCodecPort codec;

    RegistrationTokens(RegistrationTokenCodecPort codec) {
        this.codec = codec;
    }

    Either<DomainError, RegistrationTokenContent> read(String token) {
        return codec.decode(token)
                .flatMap(fields -> RegistrationTokenContent.from(fields).toEither())
                .mapLeft(InvalidRegistrationToken::new);
    }
}
