package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.bridge.BridgeClassifier;
import io.stackbridge.domain.bridge.Finding;
import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * Name resolution, a TCP connection and a TLS handshake (host name checked, trusting what the
 * client configuration trusts) with one endpoint; each failure named by {@link FailureClassifier}.
 */
final class SocketChecks {

    private final ClientConfig config;
    private final SSLContext trusted;

    /** The checks of {@code transport}'s configuration, trusting what its client trusts (its TLS context, not built again). */
    SocketChecks(HttpTransport transport) {
        this.config = transport.config();
        this.trusted = transport.sslContext();
    }

    Either<DomainError, Finding> resolve(URI endpoint) {
        return attempt(endpoint, () -> Finding.of(Finding.Kind.RESOLVED, List.of(InetAddress.getAllByName(endpoint.getHost()))
                .map(InetAddress::getHostAddress).mkString(", ")));
    }

    Either<DomainError, Finding> connect(URI endpoint) {
        return attempt(endpoint, () -> {
            try (Socket socket = open(endpoint)) {
                return Finding.of(Finding.Kind.CONNECTED, String.valueOf(socket.getRemoteSocketAddress()));
            }
        });
    }

    Either<DomainError, Finding> handshake(URI endpoint) {
        if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
            return Either.right(Finding.of(Finding.Kind.PLAIN, endpoint.getScheme()));
        }
        return attempt(endpoint, () -> {
            try (Socket plain = open(endpoint);
                 SSLSocket tls = (SSLSocket) trusted.getSocketFactory().createSocket(plain, endpoint.getHost(), port(endpoint), true)) {
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                tls.setSoTimeout((int) config.requestTimeout().toMillis());
                tls.startHandshake();
                return Finding.of(Finding.Kind.TRUSTED, tls.getSession().getProtocol(), tls.getSession().getPeerPrincipal().getName());
            }
        });
    }

    private Socket open(URI endpoint) throws java.io.IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(endpoint.getHost(), port(endpoint)), (int) config.connectTimeout().toMillis());
            return socket;
        } catch (java.io.IOException | RuntimeException failed) {
            socket.close();
            throw failed;
        }
    }

    private static int port(URI endpoint) {
        return endpoint.getPort() >= 0 ? endpoint.getPort() : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
    }

    /** What a check found, or its failure as the bridge names a failure to reach {@code endpoint}. */
    private Either<DomainError, Finding> attempt(URI endpoint, Check check) {
        try {
            return Either.right(check.run());
        } catch (Exception failed) {
            WireFailure failure = FailureClassifier.classify(failed);
            return Either.left(BridgeClassifier.transport(failure.failure(), endpoint.toString(), config.requestTimeout(), failure.cause()));
        }
    }

    /** One check that may throw. */
    @FunctionalInterface
    private interface Check {
        Finding run() throws Exception;
    }
}
