package io.stackbridge.adapters.http.server.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.support.ClientCertificates;
import io.stackbridge.adapters.http.server.support.EmulatedAzure;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.support.tls.PemTrust;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Each way a client assertion can be wrong, answered with the AADSTS number Entra ID uses. */
class ClientAssertionRefusalsTest {

    private static final String TENANT = DefaultWorld.PARTNER_TENANT.value();
    private static final String CLIENT = "aaaaaaaa-0003-4000-8000-0000000000c2";
    private static final ClientCertificates.Issued REGISTERED = ClientCertificates.valid("registered");
    private static final ClientCertificates.Issued OTHER = ClientCertificates.valid("other");

    @TempDir
    static Path directory;
    static EmulatedAzure azure;
    static Http http;
    static String tokenEndpoint;

    @BeforeAll
    static void start() throws Exception {
        azure = EmulatedAzure.start(EmulatorConfig.inStateDirectory(directory).withHttpPort(0));
        http = new Http(azure.running.url(), PemTrust.sslContext(azure.running.caCertificate()), null);
        tokenEndpoint = azure.running.url() + "/" + TENANT + "/oauth2/v2.0/token";
        String body = new ObjectMapper().createObjectNode().put("objectId", "aaaaaaaa-0004-4000-8000-0000000000c2")
                .put("certificate", REGISTERED.certificatePem()).toString();
        assertThat(http.put("/_stackbridge/world/principals/" + TENANT + "/" + CLIENT, body).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    @Test
    void a_good_assertion_signs_in_once_and_its_replay_is_refused() throws Exception {
        String assertion = assertion(REGISTERED, REGISTERED, claims -> claims);

        assertThat(send(CLIENT, assertion).status()).isEqualTo(200);
        assertAadsts(send(CLIENT, assertion), 50013);
        assertThat(send(CLIENT, assertion(REGISTERED, REGISTERED, claims -> claims.audience(tokenEndpoint.replace("v2.0/", ""))))
                .status()).as("the v1 token endpoint is a right audience too").isEqualTo(200);
    }

    @Test
    void each_wrong_assertion_has_its_code() throws Exception {
        assertAadsts(send(CLIENT, assertion(REGISTERED, REGISTERED, claims -> claims.audience("https://login.example.com/token"))), 700023);
        assertAadsts(send(CLIENT, assertion(REGISTERED, OTHER, claims -> claims)), 700027);
        assertAadsts(send(CLIENT, assertion(OTHER, OTHER, claims -> claims)), 700027);
        assertAadsts(send(CLIENT, assertion(REGISTERED, REGISTERED, claims -> claims.subject(UUID.randomUUID().toString()))), 700021);
        assertAadsts(send(CLIENT, assertion(REGISTERED, REGISTERED, claims -> claims
                .notBeforeTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1)))))), 700024);
        assertAadsts(send(CLIENT, "not-a-jwt"), 700027);
        assertAadsts(send("aaaaaaaa-0003-4000-8000-00000000ffff", assertion(REGISTERED, REGISTERED, claims -> claims)), 700016);
    }

    private static Response send(String client, String assertion) {
        String form = "grant_type=client_credentials&client_id=" + client
                + "&client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + encode(assertion) + "&scope=" + encode("https://management.azure.com/.default");
        return http.send("POST", "/" + TENANT + "/oauth2/v2.0/token", form, "application/x-www-form-urlencoded");
    }

    /** An assertion naming {@code named} in its header, signed with the key of {@code signer} (PS256, as MSAL signs). */
    private static String assertion(ClientCertificates.Issued named, ClientCertificates.Issued signer,
                                    UnaryOperator<JWTClaimsSet.Builder> tweak) {
        return ClientAssertions.signed(named, signer, CLIENT, tokenEndpoint, tweak);
    }

    private static void assertAadsts(Response response, int aadsts) {
        assertThat(response.status()).as(response.body()).isBetween(400, 401);
        assertThat(response.json().path("error_codes").get(0).asInt()).as(response.body()).isEqualTo(aadsts);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
