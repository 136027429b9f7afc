package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/** Resource Manager calls: a bearer token from the credential on each, JSON bodies, and refusals that keep their codes. */
final class ArmExchange {

    private final Exchange exchange;
    private final ArmCredential credential;
    private final ArmUrls urls;
    private final URI management;

    ArmExchange(HttpTransport transport, ArmTarget target, Clock clock) {
        this.exchange = new Exchange(transport, AzureService.RESOURCE_MANAGER, target.management().toString(), clock);
        this.credential = target.credential();
        this.urls = new ArmUrls(target);
        this.management = target.management();
    }

    ArmUrls urls() {
        return urls;
    }

    Either<DomainError, HttpResponse<String>> send(String method, URI uri, Option<Object> body, ErrorContext context) {
        return credential.bearerToken().flatMap(token -> exchange.send(uri, request -> {
            HttpRequest.Builder authorized = request.header("Authorization", "Bearer " + token);
            return body.isEmpty()
                    ? authorized.method(method, HttpRequest.BodyPublishers.noBody())
                    : authorized.header("Content-Type", "application/json").method(method, ClientJsonBodies.json(body.get()));
        }, context));
    }

    <T> Either<DomainError, T> read(HttpResponse<String> answer, Class<T> type) {
        return exchange.read(answer, type);
    }

    <T> Either<DomainError, T> read(HttpResponse<String> answer, TypeReference<T> type) {
        return exchange.read(answer, type);
    }

    DomainError unreadable(String why) {
        return exchange.unreadable(why);
    }

    /** A {@code nextLink} to follow: only on the Resource Manager the client was given, so the bearer token stays there. */
    Either<DomainError, URI> nextPage(String link) {
        Option<URI> uri = Try.of(() -> URI.create(link)).toOption();
        boolean sameOrigin = uri.exists(next -> String.valueOf(next.getScheme()).equalsIgnoreCase(management.getScheme())
                && String.valueOf(next.getHost()).equalsIgnoreCase(management.getHost()) && port(next) == port(management));
        return sameOrigin ? Either.right(uri.get()) : Either.left(unreadable("nextLink outside " + management + ": " + link));
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
