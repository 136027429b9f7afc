package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.control.Either;
import io.vavr.control.Option;


/**
 * {@code stamp register --billing-model}: registers the stamp again with another billing model, as
 * Set-AzsRegistration -BillingModel does; without it, the stamp keeps the choice it has.
 */
public final class RegisterBillingOption {

    @picocli.CommandLine.Option(names = "--billing-model", paramLabel = "MODEL",
            description = "Registers with this billing model from now on: Development, PayAsYouUse, Capacity, Custom or Ruggedized "
                    + "(default: the stamp's current choice).")
    private BillingModel model;

    @picocli.CommandLine.Option(names = "--agreement-number", paramLabel = "TEXT", description = "The Enterprise Agreement number (Capacity).")
    private String agreementNumber;

    /** The stamp with the billing choice given, kept for its next tokens; none when no model was given. */
    Either<DomainError, Option<Stamp>> apply(StackUseCases useCases) {
        if (model == null) {
            return Either.right(Option.none());
        }
        BillingChoice choice = BillingChoice.of(model);
        return useCases.chooseBilling().choose(agreementNumber == null ? choice : choice.withAgreementNumber(agreementNumber))
                .map(Option::some);
    }
}
