package io.stackbridge.adapters.http.server.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stamp's check of what the emulated Azure signed detached, written from the documented rules
 * only (no StackBridge code): the content is rebuilt from the JSON received (objects with members
 * sorted by name, no white space; a license chain as a JSON array of its items), put back into the
 * JWS as its payload, and checked against the published key its {@code kid} names.
 */
public final class PublishedKeyCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JWKSet published;

    public PublishedKeyCheck(String jwkSet) {
        try {
            this.published = JWKSet.parse(jwkSet);
        } catch (ParseException unreadable) {
            throw new IllegalArgumentException("not a JWK set: " + jwkSet, unreadable);
        }
    }

    /** Whether a cloud manifest file's {@code properties.signature} covers its {@code properties.deploymentData}. */
    public boolean manifestVerifies(JsonNode manifest) {
        JsonNode properties = manifest.path("properties");
        return verifies(properties.path("signature").asText(), canonical(properties.path("deploymentData")));
    }

    /** Whether a deployment license's {@code signature} covers its {@code temporaryLicenseChain}. */
    public boolean licenseVerifies(JsonNode license) {
        return verifies(license.path("signature").asText(), canonical(license.path("temporaryLicenseChain")));
    }

    private boolean verifies(String signature, String content) {
        try {
            JWSObject jws = JWSObject.parse(signature, new Payload(content.getBytes(StandardCharsets.UTF_8)));
            JWK key = published.getKeyByKeyId(jws.getHeader().getKeyID());
            return JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm()) && key instanceof RSAKey rsa
                    && jws.verify(new RSASSAVerifier(rsa.toRSAPublicKey()));
        } catch (ParseException | JOSEException | IllegalStateException unverifiable) {
            return false;
        }
    }

    private static String canonical(JsonNode value) {
        try {
            return JSON.writeValueAsString(sorted(value));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonNode sorted(JsonNode value) {
        if (!value.isObject()) {
            return value;
        }
        List<String> names = new ArrayList<>();
        value.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        ObjectNode ordered = JSON.createObjectNode();
        names.forEach(name -> ordered.set(name, sorted(value.get(name))));
        return ordered;
    }
}
