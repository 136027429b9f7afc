package io.stackbridge.application.service.registration;

import io.stackbridge.application.port.in.registration.CreateOrUpdateRegistrationUseCase;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.ArmChecks;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.CloudIdBinding;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * PUT of a registration: the subscription must have registered the provider and hold the resource
 * group; the token must decode and obey its billing model; the name stays bound to its cloud and a
 * cloud to one name. Creates (201) or replaces the token of (200) the registration, with a new etag.
 */
public final class CreateOrUpdateRegistrationService implements CreateOrUpdateRegistrationUseCase {

    private final RegistrationStorePort store;
    private final ResourceGroupStorePort groups;
    private final ProviderRegistrationPort providers;
    private final RegistrationTokens tokens;
    private final TransactionPort transactions;

    public CreateOrUpdateRegistrationService(RegistrationStorePort store, ResourceGroupStorePort groups,
                                             ProviderRegistrationPort providers, RegistrationTokenCodecPort codec,
                                             TransactionPort transactions) {
        this.store = store;
        this.groups = groups;
        this.providers = providers;
        this.tokens = new RegistrationTokens(codec);
        this.transactions = transactions;
    }

    @Override
    public Either<DomainError, CreatedOrUpdated<Registration>> createOrUpdate(Command command) {
        RegistrationKey key = command.key();
        return ArmChecks.providerRegistered(providers, key.subscriptionId())
                .flatMap(subscription -> ArmChecks.resourceGroup(groups, subscription, key.resourceGroup()))
                .flatMap(group -> tokens.read(command.registrationToken()))
                .flatMap(token -> transactions.atomically(() -> write(key, token, command)));
    }

    private Either<DomainError, CreatedOrUpdated<Registration>> write(RegistrationKey key, RegistrationTokenContent token, Command command) {
        Option<Registration> existing = store.find(key);
        return ArmChecks.ifMatch(command.ifMatch(), existing.map(Registration::etag))
                .flatMap(current -> Either.<DomainError, RegistrationTokenContent>narrow(
                        CloudIdBinding.check(key, token, existing, store.withCloudId(token.cloudId()).toList())))
                .map(checked -> {
                    Registration written = new Registration(key, checked, command.tags(), ArmChecks.freshEtag());
                    store.save(written);
                    return new CreatedOrUpdated<>(written, existing.isEmpty());
                });
    }
}
