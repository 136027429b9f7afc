package io.stackbridge.application.service.stamp;

import io.stackbridge.application.port.in.stamp.GenerateRegistrationTokenUseCase;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.RegistrationError.InvalidRegistrationToken;
import io.vavr.control.Either;

/** Writes the stored stamp's token content in the registration token format. */
public final class GenerateRegistrationTokenService implements GenerateRegistrationTokenUseCase {

    private final StampStorePort stamps;
    private final RegistrationTokenCodecPort codec;

    public GenerateRegistrationTokenService(StampStorePort stamps, RegistrationTokenCodecPort codec) {
        this.stamps = stamps;
        this.codec = codec;
    }

    @Override
    public Either<DomainError, String> generate() {
        return stamps.stamp().tokenContent().toEither()
                .<DomainError>mapLeft(InvalidRegistrationToken::new)
                .map(codec::encode);
    }
}
