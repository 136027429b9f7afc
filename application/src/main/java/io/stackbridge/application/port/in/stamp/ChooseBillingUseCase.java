package io.stackbridge.application.port.in.stamp;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.control.Either;

/** Records the operator's billing choice for the next registration, if the registration token rules accept it. */
public interface ChooseBillingUseCase {

    /** The stamp with the new choice, or {@code InvalidRegistrationToken} naming every problem. */
    Either<DomainError, Stamp> choose(BillingChoice choice);
}
