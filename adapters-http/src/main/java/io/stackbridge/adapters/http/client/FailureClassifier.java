package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.adapters.support.failure.CauseChain;
import io.stackbridge.domain.bridge.TransportFailure;
import io.vavr.collection.List;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.EOFException;
import java.net.SocketException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one mapper from how an exchange failed on the wire (any exception, walked down its causes) to
 * the bridge's {@link TransportFailure}: no connection was made, or it broke before a complete
 * answer → UNREACHABLE; the request went out and no answer came in time → TIMED_OUT; the TLS
 * handshake refused the server's certificate → UNTRUSTED_CERTIFICATE.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static WireFailure classify(Throwable thrown) {
        List<Throwable> chain = chainOf(thrown);
        return new WireFailure(failureOf(chain), oneLine(chain));
    }

    private static TransportFailure failureOf(List<Throwable> chain) {
        if (chain.exists(HttpConnectTimeoutException.class::isInstance)) {
            return TransportFailure.UNREACHABLE;
        }
        if (chain.exists(HttpTimeoutException.class::isInstance)) {
            return TransportFailure.TIMED_OUT;
        }
        if (chain.exists(FailureClassifier::certificateRefused)) {
            return TransportFailure.UNTRUSTED_CERTIFICATE;
        }
        boolean handshakeFailed = chain.exists(SSLHandshakeException.class::isInstance);
        boolean connectionDropped = chain.exists(cause -> cause instanceof EOFException || cause instanceof SocketException);
        return handshakeFailed && !connectionDropped ? TransportFailure.UNTRUSTED_CERTIFICATE : TransportFailure.UNREACHABLE;
    }

    /** An untrusted chain, a host name the certificate does not name, or a peer that could not be verified. */
    private static boolean certificateRefused(Throwable cause) {
        return cause instanceof SSLPeerUnverifiedException || cause instanceof CertificateException
                || cause instanceof CertPathValidatorException || cause instanceof CertPathBuilderException;
    }

    /** The exception and its causes, outermost first, without the wrappers of asynchronous execution. */
    private static List<Throwable> chainOf(Throwable thrown) {
        List<Throwable> chain = CauseChain.of(thrown);
        List<Throwable> unwrapped = chain.filter(cause -> !(cause instanceof ExecutionException || cause instanceof CompletionException));
        return unwrapped.isEmpty() ? chain : unwrapped;
    }

    /**
     * The outermost failure and, when different, its root, as {@code Type: message} in one line, joined by an
     * arrow rather than a word, so that the cause reads the same inside an English or a French sentence.
     */
    private static String oneLine(List<Throwable> chain) {
        String outer = describe(chain.head());
        String line = chain.size() == 1 ? outer : outer + " ← " + describe(chain.last());
        return Excerpt.oneLine(line);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
