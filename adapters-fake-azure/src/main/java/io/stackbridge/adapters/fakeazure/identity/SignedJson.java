package io.stackbridge.adapters.fakeazure.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.domain.identity.TokenProblem;
import io.vavr.control.Either;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/** Compact RS256 JWTs over JSON payloads, signed and checked with one RSA key pair. */
final class SignedJson {

    private final RSAKey key;
    private final RSASSASigner signer;
    private final RSASSAVerifier verifier;

    SignedJson(RSAKey key) {
        try {
            this.key = key;
            this.signer = new RSASSASigner(key);
            this.verifier = new RSASSAVerifier(key.toRSAPublicKey());
        } catch (JOSEException unusable) {
            throw new IllegalStateException("the generated RSA key cannot sign", unusable);
        }
    }

    String sign(ObjectNode claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        return signed(new JWSObject(header, new Payload(JsonTrees.compactUtf8(claims)))).serialize();
    }

    /** {@code <header>..<signature>}: the JWS of {@code content} without its payload part (RFC 7515 Appendix F). */
    String signDetached(byte[] content) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build();
        return signed(new JWSObject(header, new Payload(content))).serialize(true);
    }

    private JWSObject signed(JWSObject jws) {
        try {
            jws.sign(signer);
        } catch (JOSEException impossible) {
            throw new IllegalStateException("RS256 signing failed", impossible);
        }
        return jws;
    }

    /** The payload of a token signed by this key: MALFORMED if it is no JWS with a JSON object, BAD_SIGNATURE if another key signed it. */
    Either<TokenProblem, JsonNode> verified(String token) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(token == null ? "" : token.trim());
        } catch (ParseException notAJws) {
            return Either.left(TokenProblem.MALFORMED);
        }
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm()) || !verifies(jws)) {
            return Either.left(TokenProblem.BAD_SIGNATURE);
        }
        byte[] payload = jws.getPayload().toString().getBytes(StandardCharsets.UTF_8);
        return JsonTrees.parse(payload, "token", "")
                .fold(malformed -> Either.left(TokenProblem.MALFORMED),
                        json -> json.isObject() ? Either.right(json) : Either.left(TokenProblem.MALFORMED));
    }

    private boolean verifies(JWSObject jws) {
        try {
            return jws.verify(verifier);
        } catch (JOSEException | IllegalStateException unverifiable) {
            return false;
        }
    }
}
