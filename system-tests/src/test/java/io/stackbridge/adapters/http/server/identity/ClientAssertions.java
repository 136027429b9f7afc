package io.stackbridge.adapters.http.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.stackbridge.adapters.http.server.support.ClientCertificates;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Client assertions as MSAL signs them (PS256, the certificate's SHA-256 thumbprint in the header), for tests of the token endpoint. */
public final class ClientAssertions {

    private ClientAssertions() {
    }

    /**
     * An assertion of {@code client} for {@code audience}, valid for ten minutes, naming {@code named} in its header and signed
     * with the key of {@code signer}; {@code tweak} changes its claims.
     */
    public static String signed(ClientCertificates.Issued named, ClientCertificates.Issued signer, String client, String audience,
                                UnaryOperator<JWTClaimsSet.Builder> tweak) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(client).subject(client).audience(audience)
                    .jwtID(UUID.randomUUID().toString()).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.PS256)
                    .x509CertSHA256Thumbprint(Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(named.certificate().getEncoded())))
                    .build();
            SignedJWT jwt = new SignedJWT(header, tweak.apply(claims).build());
            jwt.sign(new RSASSASigner(signer.keys().getPrivate()));
            return jwt.serialize();
        } catch (GeneralSecurityException | JOSEException unsignable) {
            throw new IllegalStateException("the test certificate cannot sign an assertion", unsignable);
        }
    }
}
