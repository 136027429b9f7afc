package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.bridge.TransportFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import static io.stackbridge.domain.bridge.TransportFailure.TIMED_OUT;
import static io.stackbridge.domain.bridge.TransportFailure.UNREACHABLE;
import static io.stackbridge.domain.bridge.TransportFailure.UNTRUSTED_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

/** The classification table, exception by exception, including the wrapped forms the JDK produces. */
class FailureClassifierTest {

    private static <T extends Throwable> T causedBy(T outer, Throwable cause) {
        outer.initCause(cause);
        return outer;
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("unresolved address", causedBy(new ConnectException(), new UnresolvedAddressException()), UNREACHABLE),
                Arguments.of("unknown host", new UnknownHostException("nonexistent.invalid"), UNREACHABLE),
                Arguments.of("refused", new ConnectException("Connection refused"), UNREACHABLE),
                Arguments.of("no route", new NoRouteToHostException("No route to host"), UNREACHABLE),
                Arguments.of("reset", new SocketException("Connection reset"), UNREACHABLE),
                Arguments.of("empty answer", new IOException("HTTP/1.1 header parser received no bytes"), UNREACHABLE),
                Arguments.of("cut answer", new EOFException("EOF reached while reading"), UNREACHABLE),
                Arguments.of("body shorter than announced", new IOException("fixed content-length: 100, bytes received: 5"), UNREACHABLE),
                Arguments.of("bad chunk", new IOException("Invalid chunk header byte 120"), UNREACHABLE),
                Arguments.of("garbage status line", new ProtocolException("Invalid status line: \"garbage\""), UNREACHABLE),
                Arguments.of("proxy refusing CONNECT", new IOException("Tunnel failed, got: 403"), UNREACHABLE),
                Arguments.of("connect timeout", new HttpConnectTimeoutException("HTTP connect timed out"), UNREACHABLE),
                Arguments.of("wrapped connect timeout",
                        new ExecutionException(causedBy(new HttpConnectTimeoutException("HTTP connect timed out"), new ConnectException())),
                        UNREACHABLE),
                Arguments.of("request timeout", new HttpTimeoutException("request timed out"), TIMED_OUT),
                Arguments.of("wrapped request timeout", new CompletionException(new HttpTimeoutException("request timed out")), TIMED_OUT),
                Arguments.of("untrusted chain", causedBy(new SSLHandshakeException("PKIX path building failed"),
                        causedBy(new CertificateException("PKIX"), new CertPathValidatorException("unable to find valid path"))),
                        UNTRUSTED_CERTIFICATE),
                Arguments.of("host name mismatch", causedBy(new SSLHandshakeException("No subject alternative names"),
                        new CertificateException("No subject alternative names matching IP address 127.0.0.1 found")),
                        UNTRUSTED_CERTIFICATE),
                Arguments.of("peer unverified", new SSLPeerUnverifiedException("peer not authenticated"), UNTRUSTED_CERTIFICATE),
                Arguments.of("handshake alert", new SSLHandshakeException("Received fatal alert: bad_certificate"), UNTRUSTED_CERTIFICATE),
                Arguments.of("hang-up during handshake", causedBy(new SSLHandshakeException("Remote host terminated the handshake"),
                        new EOFException("SSL peer shut down incorrectly")), UNREACHABLE),
                Arguments.of("TLS spoken to plain HTTP", new SSLException("Unsupported or unrecognized SSL message"), UNREACHABLE),
                Arguments.of("interrupted", new InterruptedException(), UNREACHABLE));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("table")
    void classifies(String situation, Throwable thrown, TransportFailure expected) {
        assertThat(FailureClassifier.classify(thrown).failure()).isEqualTo(expected);
    }

    @Test
    void the_cause_is_one_line_naming_the_outer_failure_and_its_root() {
        Throwable thrown = causedBy(new ConnectException("connect failed\nsecond line"), new UnresolvedAddressException());

        String cause = FailureClassifier.classify(thrown).cause();

        assertThat(cause).isEqualTo("ConnectException: connect failed second line ← UnresolvedAddressException");
    }

    @Test
    void asynchronous_wrappers_are_left_out_of_the_cause() {
        String cause = FailureClassifier.classify(new ExecutionException(new ConnectException("Connection refused"))).cause();

        assertThat(cause).isEqualTo("ConnectException: Connection refused");
    }
}
