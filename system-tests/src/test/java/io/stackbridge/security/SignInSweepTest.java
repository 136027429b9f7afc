package io.stackbridge.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.support.WellKnown;
import io.stackbridge.adapters.http.server.identity.ClientAssertions;
import io.stackbridge.adapters.http.server.support.ClientCertificates;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.support.tls.PemTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep: {@code serve} run once, and every sign-in path the emulator offers used against it (a secret in the form, by
 * HTTP Basic, on v1; client assertions on v2.0 and v1; stamps whose bridge signs in with a secret and with a certificate;
 * activation keys fetched and verified; the hosted stamp) with each failure (a wrong secret, a forged assertion, an expired,
 * a malformed and a forged token, a tampered activation key, secrets sent wrongly typed to the world). Then everything a
 * person or a program can read afterwards is searched: the journal and every other view of the admin API, every role log file
 * and support bundle, serve's console, every error body and every command's output. No secret, token, assertion or
 * activation key is there, no JSON Web Token at all and no private key.
 */
class SignInSweepTest {

    private static final String SECRET_CLIENT = "5ecae700-0003-4000-8000-000000000001";
    private static final String SECRET_OBJECT = "5ecae700-0004-4000-8000-000000000001";
    private static final String CERT_CLIENT = "5ecae700-0003-4000-8000-000000000002";
    private static final String CERT_OBJECT = "5ecae700-0004-4000-8000-000000000002";
    private static final String WORLD = "/_stackbridge/world/principals/" + SignInCalls.TENANT + "/";

    @TempDir
    Path state;
    @TempDir
    Path stamps;

    private final Evidence evidence = new Evidence();

    @Test
    void no_secret_token_assertion_or_activation_key_is_left_where_anyone_can_read_it() throws Exception {
        Instant start = Instant.now().minusSeconds(5);
        ServedForSweep.Console console = ServedForSweep.run(state, (url, ca) -> sweep(url, ca, start));

        assertThat(console.exitCode()).as(console.err()).isZero();
        List<String> lines = console.out().lines().toList();
        // The start line prints the well-known development principal's secret on purpose (its curl example): that line
        // alone is left out of the search; the secret is searched everywhere else.
        assertThat(lines.get(0)).startsWith("StackBridge emulator on ").contains("client_secret=" + WellKnown.BRIDGE_SECRET);
        evidence.text("serve's console (out, after the start line)", String.join("\n", lines.subList(1, lines.size())));
        evidence.text("serve's console (err)", console.err());
        evidence.text("the process's own output meanwhile (library log lines)", console.process());
        evidence.secret(WellKnown.BRIDGE_SECRET);
        evidence.texts("", Leaks.files(state.resolve("logs")));
        assertThat(evidence.texts().keySet()).as("the hosted stamp's role logs").anyMatch(name -> name.startsWith(state.toString())
                && name.endsWith("AzureBridge.log"));

        assertThat(evidence.texts()).hasSizeGreaterThan(40);
        assertThat(Leaks.in(evidence.texts(), evidence.secrets())).isEmpty();
    }

    private void sweep(URI url, Path ca, Instant start) throws Exception {
        Http http = new Http(url, PemTrust.sslContext(ca), null).withHeader("Accept-Language", "en");
        SignInCalls signIn = new SignInCalls(http, evidence);
        String secret = evidence.secret("Sb~" + UUID.randomUUID() + ".s3cr3t");
        ClientCertificates.Issued certificate = ClientCertificates.valid("sweep");
        ClientCertificates.Issued stranger = ClientCertificates.valid("stranger");
        evidence.secrets(Leaks.privateKeyLines(certificate.pem()));
        evidence.secrets(Leaks.privateKeyLines(stranger.pem()));
        principal(http, SECRET_CLIENT, new ObjectMapper().createObjectNode().put("objectId", SECRET_OBJECT).put("secret", secret));
        principal(http, CERT_CLIENT, new ObjectMapper().createObjectNode().put("objectId", CERT_OBJECT)
                .put("certificate", certificate.certificatePem()));

        List<String> tokens = new ArrayList<>(List.of(signIn.token(signIn.secretInForm(SECRET_CLIENT, secret)),
                signIn.token(signIn.secretByBasic(SECRET_CLIENT, secret)), signIn.token(signIn.secretOnV1(SECRET_CLIENT, secret))));
        String v2 = url + SignInCalls.V2;
        tokens.add(signIn.token(signIn.assertion(CERT_CLIENT, evidence.secret(ClientAssertions.signed(certificate, certificate, CERT_CLIENT,
                v2, claims -> claims)), false)));
        tokens.add(signIn.token(signIn.assertion(CERT_CLIENT, evidence.secret(ClientAssertions.signed(certificate, certificate, CERT_CLIENT,
                url + SignInCalls.V1, claims -> claims)), true)));
        for (String token : tokens) {
            assertThat(signIn.listRegistrations("a good token", token).status()).isEqualTo(200);
        }

        String wrong = evidence.secret("Sb~" + UUID.randomUUID() + ".wr0ng");
        refused(signIn.secretInForm(SECRET_CLIENT, wrong).status(), 401);
        refused(signIn.secretByBasic(SECRET_CLIENT, wrong).status(), 401);
        refused(signIn.secretOnV1(SECRET_CLIENT, wrong).status(), 401);
        refused(signIn.assertion(CERT_CLIENT, evidence.secret(ClientAssertions.signed(certificate, stranger, CERT_CLIENT, v2,
                claims -> claims)), false).status(), 401);
        refused(signIn.assertion(CERT_CLIENT, evidence.secret(ClientAssertions.signed(certificate, certificate, CERT_CLIENT, v2,
                claims -> claims.expirationTime(java.util.Date.from(Instant.now().minusSeconds(3600))))), false).status(), 401);
        refused(signIn.listRegistrations("a malformed token", evidence.secret("not-a-token-" + UUID.randomUUID())).status(), 401);
        refused(signIn.listRegistrations("a forged token", evidence.secret(ClientAssertions.signed(stranger, stranger, SECRET_CLIENT,
                "https://management.azure.com", claims -> claims))).status(), 401);
        assertThat(evidence.answer("clock", http.put("/_stackbridge/clock", "{\"offsetSeconds\":7200}")).status()).isEqualTo(200);
        refused(signIn.listRegistrations("an expired token", tokens.get(0)).status(), 401);
        assertThat(evidence.answer("clock", http.put("/_stackbridge/clock", "{\"offsetSeconds\":0}")).status()).isEqualTo(200);
        wronglyTypedSecrets(http);

        SweptStamps stack = new SweptStamps(url, ca, stamps, evidence);
        String secretCloud = stack.withSecret(SECRET_CLIENT, SECRET_OBJECT, secret);
        String certificateCloud = stack.withCertificate(CERT_CLIENT, CERT_OBJECT, certificate.writtenTo(stamps.resolve("bridge.pem")));
        String key = signIn.activationKey(secretCloud, tokens.get(0));
        signIn.activationKey(certificateCloud, tokens.get(3));
        stack.tamperedKeyRefused(key);
        refused(signIn.pushWith("a malformed token", secretCloud, evidence.secret("not-a-token-" + UUID.randomUUID())).status(), 401);
        refused(signIn.pushWith("a forged token", secretCloud, evidence.secret(ClientAssertions.signed(stranger, stranger, SECRET_CLIENT,
                "https://usage.azurestack.example", claims -> claims))).status(), 401);
        String rotated = evidence.secret("Sb~" + UUID.randomUUID() + ".r0tated");
        principal(http, SECRET_CLIENT, new ObjectMapper().createObjectNode().put("objectId", SECRET_OBJECT).put("secret", rotated));
        stack.refusedSignIn();
        stack.azureCommands();
        stack.readouts();
        new HostedStampRun(http, evidence).registerAndPush();

        readEverything(http, start);
        evidence.texts("", stack.logs());
    }

    /** A principal's secret sent as a number, in an array, and in a body that is no JSON: refused without being quoted. */
    private void wronglyTypedSecrets(Http http) {
        String number = evidence.secret(String.valueOf(9_000_000_000L + new java.util.Random().nextInt(1_000_000_000)));
        String hidden = evidence.secret("Sb~" + UUID.randomUUID() + ".typed");
        for (String body : List.of("{\"objectId\":\"" + SECRET_OBJECT + "\",\"secret\":" + number + "}",
                "{\"objectId\":\"" + SECRET_OBJECT + "\",\"secret\":[\"" + hidden + "\"]}",
                "[{\"objectId\":\"" + SECRET_OBJECT + "\",\"secret\":\"" + hidden + "\"}]",
                "{\"objectId\":\"" + SECRET_OBJECT + "\",\"secret\":\"" + hidden + "\",}")) {
            refused(evidence.answer("world principal", http.put(WORLD + SECRET_CLIENT, body)).status(), 400);
        }
    }

    /** Every view the admin API offers, and the support bundle the portal downloads; the world and the keys show no secret part. */
    private void readEverything(Http http, Instant start) {
        for (String view : List.of("/journal", "/faults", "/usage", "/usage/batches", "/health", "/clock", "/portal/api/stamp",
                "/portal/api/azure/journal", "/portal/api/azure/registrations", "/portal/api/azure/usage", "/portal/api/labs")) {
            evidence.shown(view, http.get("/_stackbridge" + view));
        }
        assertThat(evidence.texts().get("admin API /journal")).as("the refusals are journaled, and so searched")
                .contains("InvalidClientSecret", "InvalidClientAssertion", "InvalidAuthenticationToken");
        JsonNode world = evidence.shown("/world", http.get("/_stackbridge/world")).json();
        assertThat(world.toString()).doesNotContain("BEGIN CERTIFICATE").contains("\"secretSet\":true", "certificateThumbprint");
        for (JsonNode key : evidence.shown("/keys", http.get("/_stackbridge/keys")).json().path("keys")) {
            assertThat(List.of("d", "p", "q", "dp", "dq", "qi").stream().filter(key::has).toList()).as("private members of %s", key).isEmpty();
        }
        evidence.texts("support bundle!", HostedStampRun.bundle(http, start));
    }

    private void principal(Http http, String client, com.fasterxml.jackson.databind.node.ObjectNode body) {
        assertThat(evidence.answer("world principal", http.put(WORLD + client, body.toString())).status()).isEqualTo(200);
    }

    private static void refused(int status, int expected) {
        assertThat(status).isEqualTo(expected);
    }
}
