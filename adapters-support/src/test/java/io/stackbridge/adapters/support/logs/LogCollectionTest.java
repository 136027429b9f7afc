package io.stackbridge.adapters.support.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogCollectionTest {

    private static final Instant T0 = Instant.parse("2026-12-05T00:00:00Z");
    private static final BundleFacts FACTS = new BundleFacts("/data/stamp", Option.some("11111111-2222-3333-4444-555555555555"), "9.9.9");

    @TempDir
    Path folder;

    @Test
    void the_time_range_picks_lines_across_archives_and_the_active_file_oldest_first() throws IOException {
        try (RoleLogFiles logs = RoleLogFiles.open(folder, new LogBounds(2048, 5))) {
            for (int hour = 0; hour < 10; hour++) {
                for (int i = 0; i < 10; i++) {
                    logs.write(new RoleLine(T0.plusSeconds(hour * 3600L + i), LogLevel.INFO, LogRole.AzureBridge, "c", "-",
                            "hour " + hour + " line " + i));
                }
            }
            logs.write(new RoleLine(T0.plusSeconds(5 * 3600L), LogLevel.INFO, LogRole.WAS, "q", "-", "usage recorded"));
        }
        LogSelection selection = new LogSelection(List.of(LogRole.AzureBridge), T0.plusSeconds(3 * 3600L), T0.plusSeconds(5 * 3600L + 9));

        Bundle collected = collect(folder, selection, T0.plusSeconds(86_400));

        Map<String, String> entries = unzip(collected.zip());
        assertThat(entries).containsOnlyKeys("AzureBridge/AzureBridge.log", "manifest.json");
        java.util.List<String> lines = entries.get("AzureBridge/AzureBridge.log").lines().toList();
        assertThat(lines).hasSize(30);
        assertThat(lines.get(0)).endsWith("hour 3 line 0");
        assertThat(lines.get(29)).endsWith("hour 5 line 9");
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertThat(manifest.get("cloudId").asText()).isEqualTo(FACTS.cloudId().get());
        assertThat(manifest.get("stamp").asText()).isEqualTo("/data/stamp");
        assertThat(manifest.at("/timeRange/from").asText()).isEqualTo("2026-12-05T03:00:00Z");
        assertThat(manifest.at("/roles/0").asText()).isEqualTo("AzureBridge");
        assertThat(manifest.at("/files/0/bytes").asLong()).isEqualTo(entries.get("AzureBridge/AzureBridge.log")
                .getBytes(StandardCharsets.UTF_8).length);
        assertThat(manifest.at("/files/0/lines").asInt()).isEqualTo(30);
        assertThat(manifest.at("/versions/stackBridge").asText()).isEqualTo("9.9.9");
        assertThat(manifest.at("/versions/java").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(manifest.get("collectedAt").asText()).isEqualTo("2026-12-06T00:00:00Z");
        assertThat(collected.logs().bytes()).isEqualTo(collected.zip().length);
        assertThat(collected.logs().files().map(CollectedLogs.CollectedFile::lines)).containsExactly(30);
    }

    @Test
    void lines_that_are_collected_are_masked_again() throws IOException {
        Path active = RoleLogFiles.activeFile(folder, LogRole.WASPublic);
        Files.createDirectories(active.getParent());
        Files.writeString(active, "2026-12-05T01:00:00.000Z INFO  WASPublic correlation=x code=- Bearer abcdef access_token=xyz\n");

        Bundle collected = collect(folder, new LogSelection(LogRole.all(), T0, T0.plusSeconds(7200)), T0);

        assertThat(unzip(collected.zip()).get("WASPublic/WASPublic.log")).doesNotContain("abcdef").doesNotContain("xyz");
    }

    @Test
    void a_selection_is_read_with_every_problem_and_defaults_to_all_roles_and_the_last_four_hours() {
        assertThat(LogSelection.parse(Option.none(), Option.none(), Option.none(), T0).get())
                .isEqualTo(new LogSelection(LogRole.all(), T0.minusSeconds(4 * 3600L), T0));
        assertThat(LogSelection.parse(Option.none(), Option.none(), Option.none(), T0.plusMillis(1)).get().to()).isEqualTo(T0.plusSeconds(1));
        assertThat(LogSelection.parse(Option.some("was, azurebridge"), Option.some("2026-12-05T01:00:00+01:00"), Option.none(), T0).get())
                .isEqualTo(new LogSelection(List.of(LogRole.AzureBridge, LogRole.WAS), T0, T0));
        assertThat(LogSelection.parse(Option.some("Bridge"), Option.some("yesterday"), Option.none(), T0).getError().map(Violation::rule))
                .containsExactly(Rule.UNKNOWN_VALUE, Rule.WRONG_TYPE);
        assertThat(LogSelection.parse(Option.none(), Option.some("2026-12-05T02:00:00Z"), Option.some("2026-12-05T01:00:00Z"), T0)
                .getError().map(Violation::rule)).containsExactly(Rule.CONFLICTS_WITH);
    }

    /** A bundle collected into memory, as the tests read it. */
    private record Bundle(byte[] zip, CollectedLogs logs) {
    }

    private static Bundle collect(Path folder, LogSelection selection, Instant at) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CollectedLogs logs = LogCollection.collect(folder, selection, FACTS, at, out);
        return new Bundle(out.toByteArray(), logs);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
