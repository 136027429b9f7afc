package io.stackbridge.application.service.usage;

import io.stackbridge.application.port.in.identity.VerifyAccessTokenUseCase;
import io.stackbridge.application.port.in.usage.AcceptUsageBatchUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.domain.bridge.ClockSkew;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageServiceError.CloudNotRegistered;
import io.stackbridge.domain.error.UsageServiceError.RegistrationModified;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.Registration;
import io.vavr.control.Either;


/**
 * The usage service's front door: a valid token for the usage resource, a stamp clock within five
 * minutes, no usage from the future, a registration for the stamp's cloud whose principal is the
 * one signing in. Then the batch is booked once (see {@link UsageBooking}).
 */
public final class AcceptUsageBatchService implements AcceptUsageBatchUseCase {

    private final VerifyAccessTokenUseCase tokens;
    private final RegistrationStorePort registrations;
    private final ClockPort clock;
    private final AzureEndpoints endpoints;
    private final UsageBooking booking;
    private final TransactionPort transactions;

    public AcceptUsageBatchService(VerifyAccessTokenUseCase tokens, RegistrationStorePort registrations,
                                   CustomerSubscriptionStorePort mappings, UsageLedgerPort ledger, ClockPort clock,
                                   AzureEndpoints endpoints, TransactionPort transactions) {
        this.tokens = tokens;
        this.registrations = registrations;
        this.clock = clock;
        this.endpoints = endpoints;
        this.booking = new UsageBooking(mappings, ledger);
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, Receipt> accept(Submission submission) {
        return tokens.verify(submission.bearerToken(), endpoints.usageResourceUri())
                .flatMap(claims -> ClockSkew.check(submission.stampTime(), clock.now()).map(inStep -> claims))
                .flatMap(claims -> FutureUsage.refuse(submission.batch(), clock.now()).map(batch -> claims))
                .flatMap(claims -> registrationOf(submission, claims))
                .flatMap(registration -> transactions.atomically(
                        () -> booking.book(submission.batch(), registration, clock.now())));
    }

    private Either<DomainError, Registration> registrationOf(Submission submission, AccessTokenClaims claims) {
        return registrations.withCloudId(submission.batch().cloudId())
                .<DomainError>toEither(() -> new CloudNotRegistered(submission.batch().cloudId()))
                .filterOrElse(registration -> registration.objectId().equals(claims.objectId()),
                        registration -> new RegistrationModified(registration.cloudId(), registration.objectId(), claims.objectId()));
    }
}
