package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.IssuedToken;
import io.stackbridge.application.port.out.TokenPort;

import java.time.Instant;

/** The token endpoint's answer: {@code {token_type:"Bearer", expires_in, ext_expires_in, access_token}}. */
public record OAuthToken(@JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn,
                         @JsonProperty("ext_expires_in") long extExpiresIn,
                         @JsonProperty("access_token") String accessToken) {

    public static final String BEARER = "Bearer";

    public static OAuthToken from(IssuedToken token) {
        return new OAuthToken(BEARER, token.expiresInSeconds(), token.expiresInSeconds(), token.accessToken());
    }

    /**
     * The v1 endpoint's answer: the same token, every number as a string as v1 writes them, with
     * {@code expires_on} and {@code not_before} in epoch seconds and the {@code resource} asked for.
     */
    public static java.util.Map<String, String> v1(IssuedToken token, String resource) {
        java.util.Map<String, String> answer = new java.util.LinkedHashMap<>();
        answer.put("token_type", BEARER);
        answer.put("expires_in", Long.toString(token.expiresInSeconds()));
        answer.put("ext_expires_in", Long.toString(token.expiresInSeconds()));
        answer.put("expires_on", Long.toString(token.expiresAt().getEpochSecond()));
        answer.put("not_before", Long.toString(token.expiresAt().getEpochSecond() - token.expiresInSeconds()));
        answer.put("resource", resource);
        answer.put("access_token", token.accessToken());
        return answer;
    }

    /** The token as the bridge's token port reports it, its expiry counted from {@code receivedAt}. */
    public TokenPort.AccessToken toDomain(Instant receivedAt) {
        return new TokenPort.AccessToken(accessToken == null ? "" : accessToken, receivedAt.plusSeconds(expiresIn));
    }

    @Override
    public String toString() {
        return "OAuthToken[" + tokenType + ", expires in " + expiresIn + " s]";
    }
}
