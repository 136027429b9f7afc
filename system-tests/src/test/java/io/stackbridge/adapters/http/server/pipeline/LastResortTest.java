package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.server.AuthMode;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.adapters.http.server.RunningEmulator;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.PemTrust;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestCloudSide;
import io.stackbridge.application.port.in.registration.GetRegistrationUseCase;
import io.stackbridge.junit.FakeAzure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static io.stackbridge.adapters.http.server.support.TestEmulator.registrationPath;
import static org.assertj.core.api.Assertions.assertThat;

/** A bug behind a route (an exception, even an Error) is a generic 500 envelope without a trace; plain HTTP when asked. */
class LastResortTest {

    @TempDir
    Path directory;

    @Test
    void a_failing_use_case_is_a_generic_envelope_and_plain_http_is_served_when_asked() throws Exception {
        GetRegistrationUseCase broken = key -> {
            if (key.name().value().equals("error")) {
                throw new AssertionError("boom");
            }
            throw new IllegalStateException("boom");
        };
        EmulatorConfig config = EmulatorConfig.inStateDirectory(directory).withAuth(AuthMode.OFF).withHttpPort(0);
        EmulatorServer server = new EmulatorServer(config, TestCloudSide.of(FakeAzure.start(), broken));
        try {
            RunningEmulator running = server.start();
            Http https = new Http(running.httpsUrl(), PemTrust.of(running.caCertificate()), null);
            Http plain = new Http(URI.create(running.httpUrl().get().toString()), PemTrust.nothing(), null);

            for (String name : new String[]{"exception", "error"}) {
                Response failed = https.get(registrationPath(SUBSCRIPTION, name) + V2022);
                assertThat(failed.status()).isEqualTo(500);
                assertThat(failed.code()).isEqualTo("InternalServerError");
                assertThat(failed.message()).contains(failed.header("x-ms-request-id"));
                assertThat(failed.body()).doesNotContain("boom", "Exception", "at io.");
            }
            assertThat(plain.get("/_stackbridge/health").status()).isEqualTo(200);
            assertThat(running.httpUrl().get().getScheme()).isEqualTo("http");
        } finally {
            server.stop();
        }
    }
}
