package io.stackbridge.domain.identity;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Try;
import io.vavr.control.Validation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** Reads a certificate registered on an application from its PEM text: the first certificate of the text. */
public final class CertificatePem {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    private CertificatePem() {
    }

    /** The certificate of {@code pem} (other blocks, such as a private key, are ignored), or a violation on {@code field}. */
    public static Validation<Seq<Violation>, ClientCertificate> parse(String field, String pem) {
        String text = pem == null ? "" : pem;
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END, Math.max(begin, 0));
        if (begin < 0 || end < 0) {
            return Violation.invalid(field, null, Rule.NOT_A_CERTIFICATE);
        }
        String block = text.substring(begin, end + END.length());
        return Try.of(() -> (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(block.getBytes(StandardCharsets.US_ASCII))))
                .filter(x509 -> x509.getPublicKey() instanceof RSAPublicKey)
                .flatMap(x509 -> Try.of(() -> new ClientCertificate(block + "\n", thumbprint("SHA-1", x509), thumbprint("SHA-256", x509),
                        x509.getNotBefore().toInstant(), x509.getNotAfter().toInstant())))
                .map(Validation::<Seq<Violation>, ClientCertificate>valid)
                .getOrElse(() -> Violation.invalid(field, null, Rule.NOT_A_CERTIFICATE));
    }

    private static String thumbprint(String algorithm, X509Certificate x509) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance(algorithm).digest(x509.getEncoded()));
    }
}
