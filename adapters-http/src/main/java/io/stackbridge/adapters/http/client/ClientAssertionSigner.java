package io.stackbridge.adapters.http.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.stackbridge.domain.identity.CertificateCredential;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The bridge's client assertion (RFC 7523) for a certificate principal, as Microsoft's libraries build
 * it: RS256, the certificate named by {@code x5t} and {@code x5t#S256}, issuer and subject the client ID,
 * audience the token endpoint, a fresh {@code jti}, valid ten minutes.
 */
final class ClientAssertionSigner {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private ClientAssertionSigner() {
    }

    static String sign(CertificateCredential credential, String clientId, URI tokenEndpoint, Instant now)
            throws GeneralSecurityException, JOSEException {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .x509CertThumbprint(new Base64URL(credential.certificate().sha1Thumbprint()))
                .x509CertSHA256Thumbprint(new Base64URL(credential.certificate().sha256Thumbprint()))
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(tokenEndpoint.toString())
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME))).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new RSASSASigner(CertificateCredential.privateKey(credential.privateKeyPem())));
        return jwt.serialize();
    }
}
