package io.stackbridge.adapters.cli.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stackbridge support logs}: the bundle of a CLI stamp's logs, and every bad input refused with a code, nothing written. */
class SupportLogsCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path outFolder;

    private CliRun run(String language, String... words) {
        return StackCli.run(List.of(words).appendAll(List.of("--data-dir", data.toString(), "--lang", language)).toJavaArray(String[]::new));
    }

    @BeforeEach
    void a_stamp_that_recorded_usage() {
        assertThat(run("en", "stamp", "init", "--billing-model", "PayAsYouUse").exitCode()).isZero();
        assertThat(run("en", "usage", "simulate", "--hours", "2").exitCode()).isZero();
    }

    @Test
    void collects_the_chosen_roles_of_the_range_into_a_zip_with_its_manifest() throws IOException {
        Path zip = outFolder.resolve("logs.zip");
        CliRun collected = run("en", "support", "logs", "--roles", "WAS,WASPublic", "--from", Instant.now().minusSeconds(600).toString(),
                "--out", zip.toString(), "--output", "json");

        assertThat(collected.exitCode()).as(collected.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(collected.out());
        assertThat(summary.get("out").asText()).isEqualTo(zip.toString());
        assertThat(summary.at("/files/0/name").asText()).isEqualTo("WAS/WAS.log");
        Map<String, String> entries = unzip(Files.readAllBytes(zip));
        assertThat(entries).containsOnlyKeys("WAS/WAS.log", "manifest.json");
        assertThat(entries.get("WAS/WAS.log")).contains(" INFO  WAS correlation=").contains("usage recorded on the stamp");
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.get("stamp").asText()).isEqualTo(data.toAbsolutePath().normalize().toString());
        assertThat(manifest.get("cloudId").asText()).matches("[0-9a-f-]{36}");
        assertThat(manifest.get("roles").toString()).isEqualTo("[\"WAS\",\"WASPublic\"]");
        assertThat(manifest.at("/versions/stackBridge").asText()).isNotBlank();

        CliRun table = run("en", "support", "logs", "--out", zip.toString(), "--force");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Collected the logs of AzureBridge, WAS, WASPublic from ").contains("WAS/WAS.log");
    }

    @Test
    void bad_input_gets_its_code_and_exit_code_and_writes_nothing() throws IOException {
        Path zip = outFolder.resolve("logs.zip");
        assertRefused(run("en", "support", "logs", "--roles", "AzureBridge,Bridge", "--out", zip.toString()), ExitCodes.USAGE,
                "UnknownLogRole: The stamp keeps no log for a role named “Bridge”.");
        assertRefused(run("en", "support", "logs", "--from", "yesterday", "--out", zip.toString()), ExitCodes.USAGE,
                "LogTimeUnreadable: --from “yesterday”");
        assertRefused(run("en", "support", "logs", "--from", "2026-12-05T02:00:00Z", "--to", "2026-12-05T01:00:00Z", "--out",
                zip.toString()), ExitCodes.USAGE, "LogRangeReversed: ");
        assertRefused(run("en", "support", "logs", "--out", outFolder.resolve("missing/logs.zip").toString()), ExitCodes.USAGE,
                "BundleFolderMissing: ");
        assertRefused(StackCli.run("support", "logs", "--data-dir", data.resolve("absent").toString(), "--lang", "en", "--out",
                zip.toString()), ExitCodes.NOT_READY, "DataDirectoryUnreadable: ");
        try (Stream<Path> files = Files.list(outFolder)) {
            assertThat(files).isEmpty();
        }
        Files.writeString(zip, "keep me");
        assertRefused(run("en", "support", "logs", "--out", zip.toString()), ExitCodes.USAGE, "BundleAlreadyExists: ");
        assertThat(Files.readString(zip)).isEqualTo("keep me");
        try (Stream<Path> files = Files.list(outFolder)) {
            assertThat(files).containsExactly(zip);
        }
    }

    @Test
    void every_problem_is_told_at_once_in_english_and_in_french() {
        String[] words = {"support", "logs", "--roles", "Bridge,WAS,Pont", "--from", "yesterday", "--to", "soon", "--out",
                outFolder.resolve("missing/logs.zip").toString()};

        CliRun english = run("en", words);
        CliRun french = run("fr", words);

        assertThat(english.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(english.err()).contains("stackbridge: UnknownLogRole: The stamp keeps no log for a role named “Bridge”.")
                .contains("stackbridge: UnknownLogRole: The stamp keeps no log for a role named “Pont”.")
                .contains("stackbridge: LogTimeUnreadable: --from “yesterday”").contains("stackbridge: LogTimeUnreadable: --to “soon”")
                .contains("stackbridge: BundleFolderMissing: ");
        assertThat(english.err().split("What to do: ", -1)).hasSize(6);
        assertThat(french.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(french.err()).contains("UnknownLogRole\u00a0: Le stamp ne tient aucun journal pour un rôle nommé «\u00a0Bridge\u00a0».")
                .contains("UnknownLogRole\u00a0: Le stamp ne tient aucun journal pour un rôle nommé «\u00a0Pont\u00a0».")
                .contains("LogTimeUnreadable\u00a0: --from").contains("LogTimeUnreadable\u00a0: --to").contains("BundleFolderMissing\u00a0: ");
        assertThat(french.err().split("Que faire\u00a0: ", -1)).hasSize(6);
    }

    @Test
    void a_log_that_cannot_be_read_midway_leaves_no_bundle_and_keeps_the_file_it_would_replace() throws IOException {
        Files.createDirectories(data.resolve("logs/WASPublic/WASPublic.1.log"));
        Path zip = outFolder.resolve("logs.zip");
        Files.writeString(zip, "keep me");

        CliRun failed = run("en", "support", "logs", "--from", Instant.now().minusSeconds(600).toString(), "--out", zip.toString(),
                "--force");

        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failed.err()).contains("stackbridge: LogsUnreadable: ");
        assertThat(Files.readString(zip)).isEqualTo("keep me");
        try (Stream<Path> files = Files.list(outFolder)) {
            assertThat(files).containsExactly(zip);
        }
    }

    @Test
    void problems_are_told_in_french() {
        CliRun refused = run("fr", "support", "logs", "--roles", "Pont", "--out", outFolder.resolve("x.zip").toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("UnknownLogRole\u00a0: Le stamp ne tient aucun journal pour un rôle nommé «\u00a0Pont\u00a0».")
                .contains("Que faire\u00a0: Nommez");
    }

    private static void assertRefused(CliRun run, int exitCode, String told) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).contains("stackbridge: " + told).contains("What to do: ");
        assertThat(run.out()).isEmpty();
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
