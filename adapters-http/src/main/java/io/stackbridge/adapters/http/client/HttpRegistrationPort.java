package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.http.wire.ActivationKeyResult;
import io.stackbridge.adapters.http.wire.RegistrationBody;
import io.stackbridge.adapters.http.wire.RegistrationResource;
import io.stackbridge.adapters.http.wire.ResourceGroupResource;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.Written;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.net.http.HttpResponse;
import java.time.Clock;

/** The registration tooling's calls to Azure's registration provider over HTTPS (docs/domain.md §4). */
public final class HttpRegistrationPort implements RegistrationPort {

    private final ArmExchange arm;

    public HttpRegistrationPort(HttpTransport transport, ArmTarget target) {
        this(transport, target, Clock.systemUTC());
    }

    HttpRegistrationPort(HttpTransport transport, ArmTarget target, Clock clock) {
        this.arm = new ArmExchange(transport, target, clock);
    }

    @Override
    public Either<DomainError, SubscriptionId> registerProvider(SubscriptionId subscriptionId) {
        return arm.send("POST", arm.paths().providerRegistration(subscriptionId), Option.none(),
                ErrorContext.EMPTY.subscription(subscriptionId)).map(answer -> subscriptionId);
    }

    @Override
    public Either<DomainError, ResourceGroupName> createResourceGroup(SubscriptionId subscriptionId, ResourceGroupName name, String location) {
        return arm.send("PUT", arm.paths().resourceGroup(subscriptionId, name), Option.some(ResourceGroupResource.body(location)),
                ErrorContext.EMPTY.subscription(subscriptionId).resourceGroup(name)).map(answer -> name);
    }

    @Override
    public Either<DomainError, Written<RegistrationSummary>> createOrUpdate(RegistrationKey key, String registrationToken) {
        ErrorContext context = RegistrationContexts.of(key);
        ErrorContext withCloud = TokenCloudIds.of(registrationToken).map(context::cloudId).getOrElse(context);
        return arm.send("PUT", arm.paths().registration(key), Option.some(RegistrationBody.of(registrationToken)), withCloud)
                .flatMap(answer -> summary(answer).map(summary -> new Written<>(summary, answer.statusCode() == 201)));
    }

    @Override
    public Either<DomainError, RegistrationSummary> get(RegistrationKey key) {
        return arm.send("GET", arm.paths().registration(key), Option.none(), RegistrationContexts.of(key)).flatMap(this::summary);
    }

    @Override
    public Either<DomainError, Removal> delete(RegistrationKey key) {
        return arm.send("DELETE", arm.paths().registration(key), Option.none(), RegistrationContexts.of(key))
                .map(answer -> answer.statusCode() == 204 ? Removal.ABSENT : Removal.DELETED);
    }

    @Override
    public Either<DomainError, ActivationKey> activationKey(RegistrationKey key) {
        return arm.send("POST", arm.paths().registration(key, "getactivationkey"), Option.none(), RegistrationContexts.of(key))
                .flatMap(answer -> arm.read(answer, ActivationKeyResult.class))
                .flatMap(result -> result.activationKey() == null || result.activationKey().isBlank()
                        ? Either.left(arm.unreadable("no activationKey"))
                        : Either.right(result.toDomain()));
    }

    private Either<DomainError, RegistrationSummary> summary(HttpResponse<String> answer) {
        return arm.read(answer, RegistrationResource.class)
                .flatMap(resource -> resource.toDomain().toEither().mapLeft(problems -> arm.unreadable(problems.mkString(", "))));
    }
}
