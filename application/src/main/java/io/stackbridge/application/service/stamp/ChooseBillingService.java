package io.stackbridge.application.service.stamp;

import io.stackbridge.application.port.in.stamp.ChooseBillingUseCase;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.RegistrationError.InvalidRegistrationToken;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.control.Either;

/** Checks a billing choice with the token rules and, if it passes, keeps it for the next token. */
public final class ChooseBillingService implements ChooseBillingUseCase {

    private final StampStorePort stamps;

    public ChooseBillingService(StampStorePort stamps) {
        this.stamps = stamps;
    }

    @Override
    public Either<DomainError, Stamp> choose(BillingChoice choice) {
        return stamps.stamp().withBilling(choice).toEither()
                .<DomainError>mapLeft(InvalidRegistrationToken::new)
                .peek(stamps::save);
    }
}
