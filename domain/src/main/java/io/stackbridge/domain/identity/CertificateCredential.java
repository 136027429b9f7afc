package io.stackbridge.domain.identity;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Try;
import io.vavr.control.Validation;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * What a principal signs its client assertions with: its registered certificate and the matching
 * RSA private key (PKCS#8, {@code -----BEGIN PRIVATE KEY-----}, the form azure-identity reads too). Never printed.
 */
public record CertificateCredential(ClientCertificate certificate, String privateKeyPem) {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    public CertificateCredential {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    }

    /** The certificate and the key of one PEM text; the key must be the certificate's own. */
    public static Validation<Seq<Violation>, CertificateCredential> parse(String field, String pem) {
        return CertificatePem.parse(field, pem).flatMap(certificate -> Try.of(() -> {
            String key = pem.substring(pem.indexOf(BEGIN), pem.indexOf(END) + END.length()) + "\n";
            RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) privateKey(key);
            String modulus = Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.getModulus().toByteArray());
            return new Object[]{key, modulus};
        }).filter(parts -> certificateModulus(certificate).equals(parts[1]))
                .map(parts -> Validation.<Seq<Violation>, CertificateCredential>valid(new CertificateCredential(certificate, (String) parts[0])))
                .getOrElse(() -> Violation.invalid(field, null, Rule.NOT_A_CERTIFICATE)));
    }

    /** The RSA private key of a PKCS#8 PEM block. */
    public static java.security.PrivateKey privateKey(String pkcs8Pem) throws java.security.GeneralSecurityException {
        String base64 = pkcs8Pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String certificateModulus(ClientCertificate certificate) {
        return Try.of(() -> {
            java.security.cert.X509Certificate x509 = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory
                    .getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(certificate.pem().getBytes()));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(((java.security.interfaces.RSAPublicKey) x509.getPublicKey()).getModulus().toByteArray());
        }).getOrElse("");
    }

    @Override
    public String toString() {
        return "CertificateCredential[" + certificate + ", key ***]";
    }
}
