package io.stackbridge.adapters.cli.wiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.support.CaTrust;
import io.stackbridge.adapters.support.logs.LogRole;
import io.stackbridge.adapters.support.logs.RoleLogFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's download of the hosted stamp's logs (serve's state directory): the ZIP as an attachment, bad input a coded 400. */
class SupportPortalLogsTest {

    private static final String LOGS = "/_stackbridge/portal/api/support/logs";

    @TempDir
    Path state;

    private Emulator emulator;
    private HttpClient http;

    @BeforeEach
    void serve() {
        emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state)).getOrElseThrow(failure -> new AssertionError(failure));
        http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(emulator.caPem())).build();
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    private HttpResponse<byte[]> get(String query, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(emulator.url().resolve(LOGS + query)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_page_downloads_the_chosen_roles_of_the_range_as_a_zip_attachment() throws Exception {
        try (RoleLogFiles logs = RoleLogFiles.ofDataDirectory(state)) {
            logs.info(LogRole.AzureBridge, "run-1", "push attempt 1 of batch b-1 succeeded");
            logs.info(LogRole.WAS, "q-1", "provider usage query");
        }

        java.util.Set<String> spooledBefore = spooled();
        HttpResponse<byte[]> answer = get("?roles=AzureBridge", "en");

        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/zip"));
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).matches("attachment; filename=\"AzureStackLogs-\\d{8}T\\d{6}Z\\.zip\""));
        Map<String, String> entries = unzip(answer.body());
        assertThat(entries).containsOnlyKeys("AzureBridge/AzureBridge.log", "manifest.json");
        assertThat(entries.get("AzureBridge/AzureBridge.log")).contains("correlation=run-1 code=- push attempt 1 of batch b-1 succeeded");
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.get("stamp").asText()).isEqualTo("hosted");
        assertThat(manifest.get("cloudId").asText()).matches("[0-9a-f-]{36}");
        assertThat(spooled()).as("the spooled ZIP is deleted once sent").isSubsetOf(spooledBefore);
    }

    /** The ZIPs spooled in the temporary folder, by name. */
    private static java.util.Set<String> spooled() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("stackbridge-logs-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void with_stamp_dir_the_page_downloads_that_cli_stamps_logs(@TempDir Path data) throws Exception {
        assertThat(io.stackbridge.adapters.cli.support.StackCli.run("stamp", "init", "--data-dir", data.toString()).exitCode()).isZero();
        assertThat(io.stackbridge.adapters.cli.support.StackCli.run("usage", "simulate", "--hours", "2", "--data-dir", data.toString())
                .exitCode()).isZero();
        emulator.stop();
        emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state).withStampDirectory(data))
                .getOrElseThrow(failure -> new AssertionError(failure));
        http = HttpClient.newBuilder().sslContext(CaTrust.sslContext(emulator.caPem())).build();

        HttpResponse<byte[]> answer = get("?roles=WAS", "en");

        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        Map<String, String> entries = unzip(answer.body());
        assertThat(entries.get("WAS/WAS.log")).contains("usage recorded on the stamp");
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.get("stamp").asText()).isEqualTo(data.toString());
        assertThat(manifest.get("cloudId").asText()).matches("[0-9a-f-]{36}");
    }

    @Test
    void a_role_or_a_time_it_cannot_read_is_a_coded_400_in_the_readers_language() throws Exception {
        HttpResponse<byte[]> unknown = get("?roles=Bridge&from=yesterday", "fr");
        HttpResponse<byte[]> reversed = get("?from=2026-12-05T02:00:00Z&to=2026-12-05T01:00:00Z", "en");

        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonNode error = new ObjectMapper().readTree(unknown.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("InvalidRequestContent");
        assertThat(error.toString()).contains("Bridge").contains("yesterday");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(new String(reversed.body(), StandardCharsets.UTF_8)).contains("InvalidRequestContent");
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
