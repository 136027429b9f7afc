package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.stackbridge.adapters.http.wire.CustomerSubscriptionBody;
import io.stackbridge.adapters.http.wire.CustomerSubscriptionResource;
import io.stackbridge.adapters.http.wire.Page;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.net.http.HttpResponse;
import java.time.Clock;

/** A CSP operator's calls to the customer subscriptions of a registration over HTTPS (docs/domain.md §5). */
public final class HttpCustomerSubscriptionPort implements CustomerSubscriptionPort {

    private static final TypeReference<Page<CustomerSubscriptionResource>> PAGE = new TypeReference<>() {
    };

    private final ArmExchange arm;

    public HttpCustomerSubscriptionPort(HttpTransport transport, ArmTarget target) {
        this(transport, target, Clock.systemUTC());
    }

    HttpCustomerSubscriptionPort(HttpTransport transport, ArmTarget target, Clock clock) {
        this.arm = new ArmExchange(transport, target, clock);
    }

    @Override
    public Either<DomainError, CustomerSubscription> add(RegistrationKey registration, String customerSubscriptionId,
                                                         Option<TenantId> tenantId) {
        CustomerSubscriptionBody body = tenantId.isEmpty() ? new CustomerSubscriptionBody(null) : CustomerSubscriptionBody.of(tenantId);
        return arm.send("PUT", arm.urls().customerSubscription(registration, customerSubscriptionId), Option.some(body),
                        context(registration, customerSubscriptionId))
                .flatMap(answer -> subscription(answer, registration));
    }

    @Override
    public Either<DomainError, CustomerSubscription> get(RegistrationKey registration, String customerSubscriptionId) {
        return arm.send("GET", arm.urls().customerSubscription(registration, customerSubscriptionId), Option.none(),
                        context(registration, customerSubscriptionId))
                .flatMap(answer -> subscription(answer, registration));
    }

    @Override
    public Either<DomainError, List<CustomerSubscription>> list(RegistrationKey registration) {
        return new ArmPages<>(arm, PAGE, (CustomerSubscriptionResource resource) -> resource.toDomain(registration).toEither()
                .mapLeft(problems -> arm.unreadable(problems.mkString(", "))))
                .all(arm.urls().customerSubscriptions(registration), RegistrationContexts.of(registration));
    }

    @Override
    public Either<DomainError, Removal> remove(RegistrationKey registration, String customerSubscriptionId) {
        return arm.send("DELETE", arm.urls().customerSubscription(registration, customerSubscriptionId), Option.none(),
                        context(registration, customerSubscriptionId))
                .map(answer -> answer.statusCode() == 204 ? Removal.ABSENT : Removal.DELETED);
    }

    private Either<DomainError, CustomerSubscription> subscription(HttpResponse<String> answer, RegistrationKey registration) {
        return arm.read(answer, CustomerSubscriptionResource.class)
                .flatMap(resource -> resource.toDomain(registration).toEither().mapLeft(problems -> arm.unreadable(problems.mkString(", "))));
    }

    private static ErrorContext context(RegistrationKey registration, String customerSubscriptionId) {
        return RegistrationContexts.of(registration).customerSubscriptionId(customerSubscriptionId);
    }
}
