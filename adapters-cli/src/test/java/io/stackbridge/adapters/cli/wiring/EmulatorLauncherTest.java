package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.AuthChoice;
import io.stackbridge.adapters.cli.emulator.CertificateChoice;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.cli.support.CaTrust;
import io.stackbridge.adapters.http.server.AuthMode;
import io.stackbridge.adapters.http.server.tls.PemFiles;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The composition root starting emulators: port choice, the fake's URL, certificates kept or given, and start failures. */
class EmulatorLauncherTest {

    @TempDir
    Path state;

    private final EmulatorLauncher launcher = new EmulatorLauncher();
    private final List<Emulator> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Emulator::stop);
    }

    @Test
    void port_0_picks_a_port_before_the_fake_azure_is_built_so_that_its_endpoints_are_the_emulators_url() {
        Emulator emulator = start(EmulatorSettings.inProcess(state));

        assertThat(emulator.url().getPort()).isPositive();
        assertThat(emulator.endpoints().login()).isEqualTo(emulator.url());
        assertThat(emulator.endpoints().management()).isEqualTo(emulator.url());
        assertThat(emulator.endpoints().usage()).isEqualTo(emulator.url());
    }

    @Test
    void reuses_the_generated_certificate_on_later_starts() throws Exception {
        Emulator first = start(EmulatorSettings.inProcess(state));
        String pem = Files.readString(first.caPem());
        first.stop();

        Emulator second = start(EmulatorSettings.inProcess(state));

        assertThat(Files.readString(second.caPem())).isEqualTo(pem);
        assertThat(health(second)).contains("\"status\":\"ok\"");
    }

    @Test
    void serves_a_given_pem_certificate_and_key(@TempDir Path elsewhere) throws Exception {
        start(EmulatorSettings.inProcess(elsewhere)).stop();
        Path certificate = elsewhere.resolve("server-certificate.pem");
        Path key = elsewhere.resolve("server-key.pem");

        Emulator emulator = start(EmulatorSettings.inProcess(state).withCertificate(new CertificateChoice.Pem(certificate, key)));

        assertThat(Files.readString(emulator.caPem())).isEqualTo(Files.readString(certificate));
        assertThat(health(emulator)).contains("\"status\":\"ok\"");
    }

    @Test
    void serves_a_given_pkcs12_store_and_refuses_a_wrong_password(@TempDir Path elsewhere) throws Exception {
        start(EmulatorSettings.inProcess(elsewhere)).stop();
        Path store = pkcs12(elsewhere, "s3cret".toCharArray());

        Emulator emulator = start(EmulatorSettings.inProcess(state).withCertificate(new CertificateChoice.Pkcs12(store, "s3cret".toCharArray())));
        Either<StartFailure, Emulator> wrong = launcher.start(EmulatorSettings.inProcess(state).withPort(0)
                .withCertificate(new CertificateChoice.Pkcs12(store, "guess".toCharArray())));

        assertThat(health(emulator)).contains("\"status\":\"ok\"");
        assertThat(wrong.getLeft()).isInstanceOf(StartFailure.CertificateUnusable.class);
    }

    @Test
    void a_taken_port_is_reported_with_its_number() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Either<StartFailure, Emulator> result = launcher.start(EmulatorSettings.inProcess(state).withPort(taken.getLocalPort()));

            assertThat(result.getLeft()).isEqualTo(new StartFailure.PortInUse("127.0.0.1", taken.getLocalPort()));
        }
    }

    @Test
    void the_auth_mode_and_the_seed_reach_the_emulator() throws Exception {
        Emulator emulator = start(EmulatorSettings.inProcess(state).withAuth(AuthChoice.BASIC).withSeed(42));

        assertThat(health(emulator)).contains("\"auth\":\"basic\"", "\"faultSeed\":42");
    }

    @Test
    void a_world_file_replaces_the_well_known_world() throws Exception {
        Path world = Files.writeString(state.resolve("world.json"), "{\"subscriptions\":[{\"id\":\"12121212-0002-4000-8000-000000000001\","
                + "\"offerType\":\"CSP\",\"cspPartnerId\":\"p\",\"tenantId\":\"12121212-0001-4000-8000-000000000001\"}]}");

        Emulator emulator = start(EmulatorSettings.inProcess(state).withWorldFile(world));

        assertThat(get(emulator, "/_stackbridge/world")).contains("12121212-0002-4000-8000-000000000001")
                .doesNotContain("c0c0c0c0-0002-4000-8000-000000000001");
    }

    @Test
    void a_start_that_fails_once_the_data_directory_is_open_is_a_start_failure_and_closes_its_database(@TempDir Path data) {
        Either<StartFailure, Emulator> result = launcher.start(EmulatorSettings.inProcess(state).withPort(70_000), Option.some(data));

        assertThat(result.getLeft()).isInstanceOf(StartFailure.CannotStart.class);
        assertThat(Files.isRegularFile(data.resolve(ServedFakeAzure.DATABASE))).isTrue();
        assertThat(DatabaseFiles.closed(data.resolve(ServedFakeAzure.DATABASE))).isTrue();
    }

    @Test
    void every_auth_choice_is_an_auth_mode_of_the_emulator() {
        for (AuthChoice choice : AuthChoice.values()) {
            assertThat(EmulatorConfigs.authMode(choice).name()).isEqualTo(choice.name());
        }
        assertThat(AuthChoice.values()).hasSameSizeAs(AuthMode.values());
    }

    private Emulator start(EmulatorSettings settings) {
        Emulator emulator = launcher.start(settings).getOrElseThrow(failure -> new AssertionError("not started: " + failure));
        started.add(emulator);
        return emulator;
    }

    private static String health(Emulator emulator) throws Exception {
        return get(emulator, "/_stackbridge/health");
    }

    private static String get(Emulator emulator, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(emulator.caPem())).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(emulator.url().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The kept certificate and key of {@code directory} as a PKCS12 store. */
    private static Path pkcs12(Path directory, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("stackbridge", PemFiles.readPrivateKey(directory.resolve("server-key.pem")), password,
                PemFiles.readCertificates(directory.resolve("server-certificate.pem")).toArray(new Certificate[0]));
        Path file = directory.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }
}
