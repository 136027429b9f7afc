package io.stackbridge.security;

import io.stackbridge.adapters.cli.support.WellKnown;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.adapters.http.server.usage.MsDate;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.adapters.http.server.support.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way the emulated Entra ID lets a client sign in, and a Resource Manager call a token is used on; each answer lands in the evidence. */
final class SignInCalls {

    static final String TENANT = WellKnown.PARTNER_TENANT;
    static final String SCOPE = "https://management.azure.com/.default";
    static final String RESOURCE = "https://management.azure.com/";
    static final String V2 = "/" + TENANT + "/oauth2/v2.0/token";
    static final String V1 = "/" + TENANT + "/oauth2/token";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final String REGISTRATIONS = "/subscriptions/" + WellKnown.REGISTRATION_SUBSCRIPTION + "/resourceGroups/"
            + WellKnown.RESOURCE_GROUP + "/providers/Microsoft.AzureStack/registrations" + WellKnown.API;

    private final Http http;
    private final Evidence evidence;

    SignInCalls(Http http, Evidence evidence) {
        this.http = http;
        this.evidence = evidence;
    }

    /** The secret in the form, on the v2.0 endpoint. */
    Response secretInForm(String client, String secret) {
        return evidence.answer("token v2.0, secret in the form", http.send("POST", V2, "grant_type=client_credentials&client_id=" + client
                + "&client_secret=" + encode(secret) + "&scope=" + encode(SCOPE), FORM));
    }

    /** The secret by HTTP Basic ({@code client_secret_basic}), on the v2.0 endpoint. */
    Response secretByBasic(String client, String secret) {
        String pair = Base64.getEncoder().encodeToString((encode(client) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        return evidence.answer("token v2.0, secret by HTTP Basic", http.withHeader("Authorization", "Basic " + pair)
                .send("POST", V2, "grant_type=client_credentials&scope=" + encode(SCOPE), FORM));
    }

    /** The secret in the form, on the v1 endpoint ({@code resource=}). */
    Response secretOnV1(String client, String secret) {
        return evidence.answer("token v1, secret in the form", http.send("POST", V1, "grant_type=client_credentials&client_id=" + client
                + "&client_secret=" + encode(secret) + "&resource=" + encode(RESOURCE), FORM));
    }

    /** A client assertion, on the v2.0 endpoint ({@code v1} false) or the v1 one. */
    Response assertion(String client, String assertion, boolean v1) {
        String form = "grant_type=client_credentials&client_id=" + client + "&client_assertion_type=" + encode(JWT_BEARER)
                + "&client_assertion=" + encode(assertion) + (v1 ? "&resource=" + encode(RESOURCE) : "&scope=" + encode(SCOPE));
        return evidence.answer("token " + (v1 ? "v1" : "v2.0") + ", client assertion", http.send("POST", v1 ? V1 : V2, form, FORM));
    }

    /** The access token of a successful sign-in, kept as a secret. */
    String token(Response signedIn) {
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        return evidence.secret(signedIn.json().path("access_token").asText());
    }

    /** The registrations of the well-known subscription, listed with {@code bearer}. */
    Response listRegistrations(String what, String bearer) {
        return evidence.answer("registrations with " + what, http.withToken(bearer).get(REGISTRATIONS));
    }

    /** A well-formed usage batch of {@code cloudId} pushed to the usage service with {@code bearer}. */
    Response pushWith(String what, String cloudId, String bearer) {
        UsageBatch batch = Usage.batch(CloudId.parse(cloudId).get(), 1, "1");
        return evidence.answer("usage push with " + what, http.withToken(bearer).withHeader(MsDate.HEADER, Instant.now().toString())
                .put(Usage.path(batch), Usage.body(batch)));
    }

    /** A registration's activation key, fetched as the registration tooling fetches it. */
    String activationKey(String cloudId, String bearer) {
        Response answer = evidence.answer("getactivationkey", http.withToken(bearer)
                .post(WellKnown.registrationPath(cloudId) + "/getactivationkey" + WellKnown.API, null));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return evidence.secret(answer.json().path("activationKey").asText());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
