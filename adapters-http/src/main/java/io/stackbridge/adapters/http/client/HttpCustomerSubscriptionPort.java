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

import java.net.URI;
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
        return arm.send("PUT", arm.paths().customerSubscription(registration, customerSubscriptionId), Option.some(body),
                        context(registration, customerSubscriptionId))
                .flatMap(answer -> subscription(answer, registration));
    }

    @Override
    public Either<DomainError, CustomerSubscription> get(RegistrationKey registration, String customerSubscriptionId) {
        return arm.send("GET", arm.paths().customerSubscription(registration, customerSubscriptionId), Option.none(),
                        context(registration, customerSubscriptionId))
                .flatMap(answer -> subscription(answer, registration));
    }

    @Override
    public Either<DomainError, List<CustomerSubscription>> list(RegistrationKey registration) {
        return pagesFrom(arm.paths().customerSubscriptions(registration), registration, List.empty(), List.empty());
    }

    @Override
    public Either<DomainError, Removal> remove(RegistrationKey registration, String customerSubscriptionId) {
        return arm.send("DELETE", arm.paths().customerSubscription(registration, customerSubscriptionId), Option.none(),
                        context(registration, customerSubscriptionId))
                .map(answer -> answer.statusCode() == 204 ? Removal.ABSENT : Removal.DELETED);
    }

    /** Reads the page at {@code uri} and every page its {@code nextLink} leads to; a link back to a page already read is an unreadable answer. */
    private Either<DomainError, List<CustomerSubscription>> pagesFrom(URI uri, RegistrationKey registration,
                                                                      List<CustomerSubscription> found, List<URI> visited) {
        Either<DomainError, Page<CustomerSubscriptionResource>> page = arm.send("GET", uri, Option.none(), RegistrationContexts.of(registration))
                .flatMap(answer -> arm.read(answer, PAGE));
        if (page.isLeft()) {
            return Either.left(page.getLeft());
        }
        Either<DomainError, List<CustomerSubscription>> all = List.ofAll(page.get().value())
                .map(resource -> resource.toDomain(registration).toEither().mapLeft(problems -> arm.unreadable(problems.mkString(", "))))
                .foldLeft(Either.right(found), (sofar, next) -> sofar.flatMap(list -> next.map(list::append)));
        String next = page.get().nextLink();
        if (all.isLeft() || next == null || next.isBlank()) {
            return all;
        }
        List<URI> seen = visited.append(uri);
        return arm.nextPage(next).flatMap(link -> seen.contains(link)
                ? Either.left(arm.unreadable("nextLink goes back to " + link))
                : pagesFrom(link, registration, all.get(), seen));
    }

    private Either<DomainError, CustomerSubscription> subscription(HttpResponse<String> answer, RegistrationKey registration) {
        return arm.read(answer, CustomerSubscriptionResource.class)
                .flatMap(resource -> resource.toDomain(registration).toEither().mapLeft(problems -> arm.unreadable(problems.mkString(", "))));
    }

    private static ErrorContext context(RegistrationKey registration, String customerSubscriptionId) {
        return RegistrationContexts.of(registration).customerSubscriptionId(customerSubscriptionId);
    }
}
