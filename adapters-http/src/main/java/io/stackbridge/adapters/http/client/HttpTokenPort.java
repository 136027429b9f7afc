package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.http.wire.OAuthToken;
import io.stackbridge.adapters.http.wire.ServicePaths;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import io.vavr.control.Try;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The bridge's client-credentials sign-in to Entra ID over HTTPS (docs/domain.md §7), with its secret or, for a
 * certificate principal, a client assertion; every failure is a LoginError.
 */
public final class HttpTokenPort implements TokenPort {

    static final String FORM = "application/x-www-form-urlencoded";

    private final HttpTransport transport;
    private final Clock clock;

    public HttpTokenPort(HttpTransport transport) {
        this(transport, Clock.systemUTC());
    }

    HttpTokenPort(HttpTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public Either<DomainError, AccessToken> acquire(TokenRequest request) {
        Exchange login = new Exchange(transport, AzureService.LOGIN, request.loginEndpoint().toString(), clock);
        URI uri = URI.create(UrlPaths.filled(request.loginEndpoint(), ServicePaths.TOKEN, request.tenantId().value()));
        ErrorContext context = ErrorContext.EMPTY.client(request.clientId().value(), request.tenantId().value());
        Either<DomainError, HttpRequest.BodyPublisher> form = request.certificate().isEmpty() ? Either.right(form(request))
                : Try.of(() -> ClientAssertionSigner.sign(request.certificate().get(), request.clientId().value(), uri, clock.instant()))
                        .toEither().<DomainError>mapLeft(unusable -> login.unreadable("the certificate's key cannot sign: " + unusable.getMessage()))
                        .map(assertion -> assertionForm(request, assertion));
        return form.flatMap(body -> login.send(uri, post -> post.header("Content-Type", FORM).POST(body), context))
                .flatMap(answer -> login.read(answer, OAuthToken.class))
                .flatMap(token -> token.accessToken() == null || token.accessToken().isBlank() || token.expiresIn() <= 0
                        ? Either.left(login.unreadable("no access_token with a positive expires_in"))
                        : Either.right(token.toDomain(clock.instant())));
    }

    private static HttpRequest.BodyPublisher form(TokenRequest request) {
        return encoded(LinkedHashMap.of("grant_type", "client_credentials", "client_id", request.clientId().value(),
                "client_secret", request.clientSecret(), "scope", request.scope()));
    }

    /** A certificate principal's request: a client assertion in place of the secret. */
    private static HttpRequest.BodyPublisher assertionForm(TokenRequest request, String assertion) {
        return encoded(LinkedHashMap.of("grant_type", "client_credentials", "client_id", request.clientId().value(),
                "client_assertion_type", ClientAssertionSigner.JWT_BEARER, "client_assertion", assertion, "scope", request.scope()));
    }

    private static HttpRequest.BodyPublisher encoded(LinkedHashMap<String, String> fields) {
        String form = fields.map(field -> UrlPaths.encode(field._1) + "=" + UrlPaths.encode(field._2)).mkString("&");
        return HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8);
    }
}
