package io.stackbridge.adapters.http.server.admin.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.support.tls.CertificateSource;
import io.stackbridge.domain.billing.BillingModel;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNS rebinding over plain HTTP: a page of another site points its own name at 127.0.0.1, so its requests carry
 * its name in both {@code Host} and {@code Origin} and the cross-site rule sees the same site. An open emulator
 * with {@code --http-port} answers admin calls and the portal page there only for IP literals, {@code localhost}
 * and its certificate's names: anything else is {@code 403 UnknownHost}, journaled, and changes nothing. Over
 * HTTPS the certificate stops the browser, so the host rule does not apply there.
 */
class PlainHttpRebindingTest {

    private static final String CERTIFICATE_NAME = "emulator.test.internal";
    private static final String REBOUND = "rebind.attacker.example";

    @TempDir
    static Path directory;
    static TestEmulator emulator;
    static int plainPort;

    @BeforeAll
    static void start() {
        emulator = TestEmulator.start(directory, config -> config.withHttpPort(0)
                .withCertificate(new CertificateSource.Generated(java.util.List.of(CERTIFICATE_NAME)), directory.resolve("ca.pem")));
        plainPort = emulator.running.httpPort().get();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void fresh() {
        emulator.reset();
    }

    @Test
    void a_rebound_host_over_plain_http_is_refused_journaled_and_resets_nothing() {
        String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String host = REBOUND + ":" + plainPort;
        String origin = "Origin: http://" + host;

        RawCall reset = RawCall.plain(plainPort, "POST", "/_stackbridge/reset", host, origin);
        RawCall journal = RawCall.plain(plainPort, "GET", "/_stackbridge/journal", host, origin);
        RawCall page = RawCall.plain(plainPort, "GET", "/_stackbridge/portal/", host);
        RawCall script = RawCall.plain(plainPort, "GET", "/_stackbridge/portal/api.js", host);

        for (RawCall refused : List.of(reset, journal, page, script)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("UnknownHost", REBOUND);
        }
        assertThat(emulator.http.get(registration + V2022).status()).as("not reset").isEqualTo(200);
        JsonNode entries = emulator.anonymous.get("/_stackbridge/journal?operation=Admin_Access").json().path("entries");
        assertThat(List.ofAll(entries).map(entry -> entry.path("resource").asText() + " " + entry.path("outcome").asText()))
                .containsExactly("POST /_stackbridge/reset UnknownHost", "GET /_stackbridge/journal UnknownHost",
                        "GET /_stackbridge/portal/ UnknownHost", "GET /_stackbridge/portal/api.js UnknownHost");
    }

    @Test
    void ip_literals_localhost_and_the_certificate_s_names_still_work_over_plain_http() {
        for (String name : List.of("127.0.0.1", "localhost", "LocalHost", "[::1]", CERTIFICATE_NAME)) {
            String host = name + ":" + plainPort;
            String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());

            assertThat(RawCall.plain(plainPort, "GET", "/_stackbridge/journal", host).status()).as(host).isEqualTo(200);
            assertThat(RawCall.plain(plainPort, "GET", "/_stackbridge/portal/", host).status()).as(host).isEqualTo(200);
            assertThat(RawCall.plain(plainPort, "POST", "/_stackbridge/reset", host, "Origin: http://" + host).status()).as(host)
                    .isEqualTo(204);
            assertThat(emulator.http.get(registration + V2022).status()).as("reset through " + host).isEqualTo(404);
        }
    }

    @Test
    void the_open_calls_answer_any_host_over_plain_http_since_they_carry_no_secret() {
        String host = "emulator.compose.internal:" + plainPort;

        assertThat(RawCall.plain(plainPort, "GET", "/_stackbridge/health", host).status()).as("health").isEqualTo(200);
        assertThat(RawCall.plain(plainPort, "GET", "/_stackbridge/keys", host).status()).as("keys").isEqualTo(200);
        assertThat(RawCall.plain(plainPort, "GET", "/_stackbridge/faults", host).status()).as("a guarded call").isEqualTo(403);
    }

    @Test
    void https_is_unaffected_by_the_host_rule() {
        int port = emulator.running.httpsPort();
        String host = REBOUND + ":" + port;
        String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());

        RawCall reset = RawCall.secure(emulator.running.caCertificate(), port, "POST", "/_stackbridge/reset", host, "Origin: https://" + host);

        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        assertThat(emulator.http.get(registration + V2022).status()).isEqualTo(404);
    }
}
