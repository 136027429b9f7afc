package io.stackbridge.adapters.fakeazure.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.stackbridge.adapters.fakeazure.Resettable;
import io.stackbridge.application.port.out.ClientAssertionPort;
import io.stackbridge.domain.identity.ClientAssertion;
import io.stackbridge.domain.identity.ClientCertificate;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client assertions read and verified with Nimbus: RS256 or PS256 (the algorithms MSAL signs with),
 * against the RSA key of the registered certificate. Used {@code jti}s are kept until they expire.
 */
@Singleton
public final class JoseClientAssertions implements ClientAssertionPort, Resettable {

    private static final List<JWSAlgorithm> ALGORITHMS = List.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256);

    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    @Inject
    public JoseClientAssertions() {
    }

    @Override
    public Option<ClientAssertion> read(String assertion) {
        return Try.of(() -> SignedJWT.parse(assertion.trim())).toOption()
                .filter(jwt -> ALGORITHMS.contains(jwt.getHeader().getAlgorithm()))
                .flatMap(jwt -> Try.of(() -> claims(jwt.getHeader(), jwt.getJWTClaimsSet())).toOption())
                .filter(claims -> claims.expires() != null && claims.jti() != null && claims.subject() != null
                        && claims.issuer() != null && !claims.audience().isEmpty());
    }

    @Override
    public boolean signedBy(String assertion, ClientCertificate certificate) {
        return Try.of(() -> SignedJWT.parse(assertion.trim()).verify(new RSASSAVerifier(publicKey(certificate))))
                .getOrElse(false);
    }

    @Override
    public boolean firstUse(String jti, Instant expires) {
        Instant now = Instant.now();
        used.values().removeIf(until -> until.isBefore(now));
        return used.putIfAbsent(jti, expires) == null;
    }

    @Override
    public void reset() {
        used.clear();
    }

    private static ClientAssertion claims(JWSHeader header, JWTClaimsSet claims) throws ParseException {
        return new ClientAssertion(Option.of(header.getX509CertThumbprint()).map(Object::toString),
                Option.of(header.getX509CertSHA256Thumbprint()).map(Object::toString),
                claims.getIssuer(), claims.getSubject(), List.ofAll(claims.getAudience()),
                Option.of(claims.getNotBeforeTime()).map(java.util.Date::toInstant),
                claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant(), claims.getJWTID());
    }

    private static RSAPublicKey publicKey(ClientCertificate certificate) throws Exception {
        X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.pem().getBytes(StandardCharsets.US_ASCII)));
        if (!(x509.getPublicKey() instanceof RSAPublicKey rsa)) {
            throw new JOSEException("not an RSA certificate");
        }
        return rsa;
    }
}
