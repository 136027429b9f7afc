package io.stackbridge.adapters.http.client;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.stackbridge.adapters.http.wire.ServicePaths;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.domain.bridge.Finding;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorContext;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * The bridge's diagnosis over the network: name resolution, TCP and TLS with real sockets (see
 * {@link SocketChecks}), an empty batch the usage service must refuse for its content, and the issue
 * time a JWT access token carries.
 */
public final class HttpConnectivityProbe implements ConnectivityProbePort {

    static final String EMPTY_BATCH = "{\"records\":[]}";
    static final String PROBE_BATCH = "diagnose";

    private final HttpTransport transport;
    private final SocketChecks sockets;

    public HttpConnectivityProbe(ClientConfig config) {
        this(new HttpTransport(config));
    }

    /** The probe over a transport the caller shares with other clients: its timeouts and its TLS context, built once. */
    public HttpConnectivityProbe(HttpTransport transport) {
        this.transport = transport;
        this.sockets = new SocketChecks(transport);
    }

    @Override
    public Either<DomainError, Finding> resolve(URI endpoint) {
        return sockets.resolve(endpoint);
    }

    @Override
    public Either<DomainError, Finding> connect(URI endpoint) {
        return sockets.connect(endpoint);
    }

    @Override
    public Either<DomainError, Finding> handshake(URI endpoint) {
        return sockets.handshake(endpoint);
    }

    @Override
    public Either<DomainError, Finding> usageAnswers(UsageProbe probe) {
        Exchange usage = new Exchange(transport, AzureService.USAGE, probe.usageEndpoint().toString(), Clock.systemUTC());
        URI uri = URI.create(UrlPaths.filled(probe.usageEndpoint(), ServicePaths.USAGE_BATCH, probe.cloudId().value(),
                PROBE_BATCH));
        Either<DomainError, Finding> answer = usage.send(uri, put -> put.header("Authorization", "Bearer " + probe.accessToken())
                        .header(HttpUsagePushPort.DATE_HEADER, HttpUsagePushPort.httpDate(probe.stampTime()))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(EMPTY_BATCH)), ErrorContext.EMPTY.cloudId(probe.cloudId()))
                .map(accepted -> Finding.of(Finding.Kind.HTTP_STATUS, accepted.statusCode()));
        return answer.isLeft() && answer.getLeft().code() == ErrorCode.InvalidRequestContent
                ? Either.right(Finding.of(Finding.Kind.ANSWERED, ErrorCode.InvalidRequestContent.name()))
                : answer;
    }

    @Override
    public Option<Instant> issuedAt(String accessToken) {
        return Try.of(() -> JWTParser.parse(accessToken).getJWTClaimsSet()).toOption()
                .flatMap(claims -> Option.of(claims.getIssueTime()).orElse(() -> Option.of(notBefore(claims))))
                .map(Date::toInstant);
    }

    private static Date notBefore(JWTClaimsSet claims) {
        return claims.getNotBeforeTime();
    }
}
