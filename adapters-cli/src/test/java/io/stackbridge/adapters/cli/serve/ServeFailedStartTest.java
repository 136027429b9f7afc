package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.support.CaTrust;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.stackbridge.adapters.support.access.AdminKey;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second {@code serve} on the state directory and port of a running emulator fails and leaves that emulator's
 * files as they were: its admin key file, its certificate and key, its exported {@code ca.pem} (127.0.0.1 only).
 */
class ServeFailedStartTest {

    @TempDir
    Path state;

    @Test
    void a_failed_start_neither_rewrites_nor_deletes_the_running_emulators_admin_key() throws Exception {
        Emulator running = start();
        try {
            String key = Files.readString(state.resolve("admin-key"));

            CliRun generating = serveOn(running.url().getPort(), "--require-admin-key");
            CliRun open = serveOn(running.url().getPort());

            assertThat(generating.exitCode()).as(generating.out()).isEqualTo(ExitCodes.FAILURE);
            assertThat(open.exitCode()).as(open.out()).isEqualTo(ExitCodes.FAILURE);
            assertThat(state.resolve("admin-key")).hasContent(key.strip());
            assertThat(journalStatus(running, key.strip())).isEqualTo(200);
        } finally {
            running.stop();
        }
        assertThat(state.resolve("admin-key")).doesNotExist();
    }

    @Test
    void a_failed_start_asking_for_other_names_leaves_the_running_emulators_certificate() throws Exception {
        Emulator running = start();
        try {
            java.util.Map<String, String> before = files("ca.pem", "server-certificate.pem", "server-key.pem");

            CliRun other = serveOn(running.url().getPort(), "--cert-san", "other.example");

            assertThat(other.exitCode()).as(other.out()).isEqualTo(ExitCodes.FAILURE);
            assertThat(files("ca.pem", "server-certificate.pem", "server-key.pem")).isEqualTo(before);
            assertThat(journalStatus(running, Files.readString(state.resolve("admin-key")).strip())).isEqualTo(200);
        } finally {
            running.stop();
        }
        CliRun renewed = CliRun.of("serve", "--port", "0", "--state-dir", state.toString(), "--cert-san", "other.example");
        assertThat(renewed.out()).contains("The kept certificate did not cover the names now asked for, so a new one was made");
    }

    private Emulator start() {
        EmulatorSettings settings = EmulatorSettings.inProcess(state).withAdminKey(new AdminKeyChoice.Generate());
        return new EmulatorLauncher().start(settings, Option.none()).get();
    }

    private CliRun serveOn(int port, String... more) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("serve", "--port", "" + port, "--state-dir", state.toString()));
        words.addAll(java.util.List.of(more));
        return CliRun.of(words.toArray(String[]::new));
    }

    private java.util.Map<String, String> files(String... names) throws Exception {
        java.util.Map<String, String> contents = new java.util.TreeMap<>();
        for (String name : names) {
            contents.put(name, Files.readString(state.resolve(name)));
        }
        return contents;
    }

    private int journalStatus(Emulator emulator, String key) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(emulator.caPem())).build();
        URI journal = emulator.url().resolve("/_stackbridge/journal");
        return http.send(HttpRequest.newBuilder(journal).header(AdminKey.HEADER, key).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
