package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.UpdateRegistrationUseCase;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.CloudIdBinding;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** PATCH of an existing registration: new tags, and a new token for the same cloud if one is given. */
public final class UpdateRegistrationService implements UpdateRegistrationUseCase {

    private final RegistrationStorePort store;
    private final RegistrationTokens tokens;
    private final TransactionPort transactions;

    public UpdateRegistrationService(RegistrationStorePort store, RegistrationTokenCodecPort codec, TransactionPort transactions) {
        this.store = store;
        this.tokens = new RegistrationTokens(codec);
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, Registration> update(Command command) {
        Either<DomainError, Option<RegistrationTokenContent>> newToken = command.registrationToken().isEmpty()
                ? Either.right(Option.none())
                : tokens.read(command.registrationToken().get()).map(Option::some);
        return newToken.flatMap(token -> transactions.atomically(() -> ArmChecks.registration(store, command.key())
                .flatMap(existing -> ArmChecks.ifMatch(command.ifMatch(), Option.some(existing.etag()))
                        .flatMap(current -> withToken(existing, token))
                        .map(updated -> save(command.tags().map(tags -> updated.withTags(tags, updated.etag())).getOrElse(updated))))));
    }

    private Either<DomainError, Registration> withToken(Registration existing, Option<RegistrationTokenContent> token) {
        if (token.isEmpty()) {
            return Either.right(existing);
        }
        return Either.<DomainError, RegistrationTokenContent>narrow(CloudIdBinding.check(existing.key(), token.get(),
                        Option.some(existing), store.withCloudId(token.get().cloudId()).toList()))
                .map(checked -> existing.withToken(checked, existing.etag()));
    }

    private Registration save(Registration registration) {
        Registration written = registration.withTags(registration.tags(), ArmChecks.freshEtag());
        store.save(written);
        return written;
    }
}
