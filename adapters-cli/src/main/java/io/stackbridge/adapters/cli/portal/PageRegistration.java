package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase.Request;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.stamp.BillingChoice;
import io.vavr.control.Either;

/** Registering a stamp from the page: PayAsYouUse, in the world's registration subscription, default resource group and name. */
final class PageRegistration {

    private PageRegistration() {
    }

    static Either<DomainError, Object> register(StackUseCases stamp, String registrationSubscription) {
        return stamp.chooseBilling().choose(BillingChoice.of(BillingModel.PayAsYouUse))
                .flatMap(chosen -> stamp.registerStamp().register(Request.defaults(SubscriptionId.of(registrationSubscription), chosen))
                        .outcome().map(activation -> activation));
    }
}
