package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.stackbridge.adapters.http.wire.ActivationKeyResult;
import io.stackbridge.adapters.http.wire.Page;
import io.stackbridge.adapters.http.wire.RegistrationBody;
import io.stackbridge.adapters.http.wire.RegistrationResource;
import io.stackbridge.adapters.http.wire.ResourceGroupResource;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.net.http.HttpResponse;
import java.time.Clock;

/** The registration tooling's calls to Azure's registration provider over HTTPS (docs/domain.md §4). */
public final class HttpRegistrationPort implements RegistrationPort {

    private static final TypeReference<Page<RegistrationResource>> PAGE = new TypeReference<>() {
    };

    private final ArmExchange arm;

    public HttpRegistrationPort(HttpTransport transport, ArmTarget target) {
        this(transport, target, Clock.systemUTC());
    }

    HttpRegistrationPort(HttpTransport transport, ArmTarget target, Clock clock) {
        this.arm = new ArmExchange(transport, target, clock);
    }

    @Override
    public Either<DomainError, SubscriptionId> registerProvider(SubscriptionId subscriptionId) {
        return arm.send("POST", arm.urls().providerRegistration(subscriptionId), Option.none(),
                ErrorContext.EMPTY.subscription(subscriptionId)).map(answer -> subscriptionId);
    }

    @Override
    public Either<DomainError, ResourceGroupName> createResourceGroup(SubscriptionId subscriptionId, ResourceGroupName name, String location) {
        return arm.send("PUT", arm.urls().resourceGroup(subscriptionId, name), Option.some(ResourceGroupResource.body(location)),
                ErrorContext.EMPTY.subscription(subscriptionId).resourceGroup(name)).map(answer -> name);
    }

    @Override
    public Either<DomainError, CreatedOrUpdated<RegistrationSummary>> createOrUpdate(RegistrationKey key, String registrationToken) {
        ErrorContext context = RegistrationContexts.of(key);
        ErrorContext withCloud = TokenCloudIds.of(registrationToken).map(context::cloudId).getOrElse(context);
        return arm.send("PUT", arm.urls().registration(key), Option.some(RegistrationBody.of(registrationToken)), withCloud)
                .flatMap(answer -> summary(answer).map(summary -> new CreatedOrUpdated<>(summary, answer.statusCode() == 201)));
    }

    @Override
    public Either<DomainError, RegistrationSummary> get(RegistrationKey key) {
        return arm.send("GET", arm.urls().registration(key), Option.none(), RegistrationContexts.of(key)).flatMap(this::summary);
    }

    @Override
    public Either<DomainError, Removal> delete(RegistrationKey key) {
        return arm.send("DELETE", arm.urls().registration(key), Option.none(), RegistrationContexts.of(key))
                .map(answer -> answer.statusCode() == 204 ? Removal.ABSENT : Removal.DELETED);
    }

    @Override
    public Either<DomainError, ActivationKey> activationKey(RegistrationKey key) {
        return arm.send("POST", arm.urls().registration(key, "getactivationkey"), Option.none(), RegistrationContexts.of(key))
                .flatMap(answer -> arm.read(answer, ActivationKeyResult.class))
                .flatMap(result -> result.activationKey() == null || result.activationKey().isBlank()
                        ? Either.left(arm.unreadable("no activationKey"))
                        : Either.right(result.toDomain()));
    }

    @Override
    public Either<DomainError, List<RegistrationSummary>> list(SubscriptionId subscriptionId, Option<ResourceGroupName> resourceGroup) {
        ErrorContext context = resourceGroup.map(ErrorContext.EMPTY.subscription(subscriptionId)::resourceGroup)
                .getOrElse(ErrorContext.EMPTY.subscription(subscriptionId));
        return new ArmPages<>(arm, PAGE, (RegistrationResource resource) -> resource.toDomain().toEither()
                .mapLeft(problems -> arm.unreadable(problems.mkString(", "))))
                .all(arm.urls().registrations(subscriptionId, resourceGroup), context);
    }

    private Either<DomainError, RegistrationSummary> summary(HttpResponse<String> answer) {
        return arm.read(answer, RegistrationResource.class)
                .flatMap(resource -> resource.toDomain().toEither().mapLeft(problems -> arm.unreadable(problems.mkString(", "))));
    }
}
