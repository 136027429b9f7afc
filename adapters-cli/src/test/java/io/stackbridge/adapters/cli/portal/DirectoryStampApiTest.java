package io.stackbridge.adapters.cli.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.portal.PortalClient.Answer;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** serve --stamp-dir: the portal shows a CLI stamp's data directory, never creates a stamp there, and reads safely beside the commands. */
class DirectoryStampApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private Path data;
    private Emulator emulator;
    private PortalClient portal;

    @BeforeEach
    void an_emulator_showing_a_directory() {
        data = work.resolve("stamp");
        emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(work.resolve("state")).withStampDirectory(data))
                .getOrElseThrow(failure -> new AssertionError("the emulator did not start: " + failure));
        portal = new PortalClient(emulator.url(), emulator.caPem());
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void a_directory_without_a_stamp_shows_not_registered_with_a_problem_and_gets_no_stamp() {
        Answer shown = portal.get("/stamp", "en");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text("/source")).isEqualTo("directory");
        assertThat(shown.text("/directory")).isEqualTo(data.toString());
        assertThat(shown.text("/region/status")).isEqualTo("NotRegistered");
        assertThat(shown.text("/problem/code")).isEqualTo("StampNotInitialized");
        assertThat(shown.text("/problem/message")).isNotBlank();
        assertThat(portal.get("/stamp", "fr").text("/problem/message")).isNotEqualTo(shown.text("/problem/message"));
        Answer register = portal.post("/stamp/registration", "en");
        assertThat(register.status()).isEqualTo(409);
        assertThat(register.text("/error/code")).isEqualTo("StampNotInitialized");
        assertThat(register.text("/error/message")).isEqualTo(shown.text("/problem/message"));
        Answer french = portal.post("/stamp/registration", "fr");
        assertThat(french.text("/error/message")).isEqualTo(portal.get("/stamp", "fr").text("/problem/message"));
        for (String refused : List.of("/stamp/bridge/runs", "/stamp/diagnosis", "/labs/network-error/start")) {
            Answer answer = portal.post(refused, "en");
            assertThat(answer.status()).as(refused).isEqualTo(409);
            assertThat(answer.text("/error/code")).as(refused).isEqualTo("StampNotInitialized");
        }
        Answer unknownLab = portal.post("/labs/no-such-lab/start", "en");
        assertThat(unknownLab.status()).isEqualTo(404);
        assertThat(unknownLab.text("/error/code")).isEqualTo("ResourceNotFound");
        assertThat(Files.exists(data.resolve("stamp.db"))).isFalse();
    }

    @Test
    void the_page_shows_the_cli_stamp_and_its_labs_agree_with_the_terminal() {
        cli("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", emulator.url().toString());
        cli(reaching("stamp", "register"));
        Answer registered = portal.get("/stamp", "en");
        assertThat(registered.text("/region/status")).isEqualTo("Registered");
        assertThat(registered.body().has("problem")).isFalse();

        Answer started = portal.post("/labs/network-error/start", "en");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        assertThat(portal.get("/stamp", "en").text("/bridge/error/code")).isEqualTo("NetworkError");
        assertThat(Files.isRegularFile(data.resolve("lab.properties"))).isTrue();
        CliRun terminal = StackCli.run(List.of(reaching("lab", "check", "network-error")).appendAll(List.of("--data-dir", data.toString(),
                "--lang", "en")).toJavaArray(String[]::new));
        assertThat(terminal.exitCode()).isNotZero();
        assertThat(terminal.out()).contains("Lab network-error is not fixed yet");

        assertThat(portal.removeFault("network-down")).isEqualTo(200);
        assertThat(portal.post("/labs/network-error/check", "en").body().get("passed").asBoolean()).isTrue();
        assertThat(cli("lab", "list", "--output", "json").get("labs").get(0).get("state").asText()).isEqualTo("fixed");
        assertThat(portal.post("/stamp/diagnosis", "en").body().get("passed").asBoolean()).isTrue();
    }

    /** A stamp whose clock ran 40 days behind when it registered (as --stamp-clock-offset runs it) has been silent for 40 days. */
    @Test
    void a_stamp_silent_for_more_than_30_days_shows_the_warning_its_day_in_words_in_the_readers_language() {
        cli("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", emulator.url().toString(), "--stamp-clock-offset", "-P40D");
        cli(reaching("stamp", "register", "--stamp-clock-offset", "-P40D"));
        Answer english = portal.get("/stamp", "en");
        assertThat(english.text("/region/status")).as(english.body().toString()).isEqualTo("Registered");
        JsonNode warning = english.body().at("/bridge/warning");
        assertThat(warning.isObject()).as(english.body().toString()).isTrue();
        assertThat(warning.get("days").asLong()).isBetween(39L, 41L);
        Instant since = Instant.parse(warning.get("since").asText());
        assertThat(Duration.between(since, Instant.now()).toDays()).isBetween(39L, 41L);
        String day = since.atZone(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.ENGLISH));
        assertThat(warning.get("text").asText()).contains("(since " + day + ")").doesNotContain(warning.get("since").asText());
        String french = portal.get("/stamp", "fr").body().at("/bridge/warning/text").asText();
        String jour = since.atZone(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.FRENCH));
        assertThat(french).contains("depuis le " + jour).doesNotContain(warning.get("since").asText());
    }

    /** The commands write (simulate, push) while the page reads in a loop: every read answers, none waits long, the database stays whole and the counts add up. */
    @Test
    void reading_while_cli_commands_write_neither_corrupts_nor_blocks_and_the_counts_are_exact() throws Exception {
        cli("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", emulator.url().toString());
        cli(reaching("stamp", "register"));
        AtomicBoolean writing = new AtomicBoolean(true);
        CopyOnWriteArrayList<Long> readMillis = new CopyOnWriteArrayList<>();
        CopyOnWriteArrayList<Integer> statuses = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                Instant before = Instant.now();
                Answer shown = portal.get("/stamp", "en");
                readMillis.add(Duration.between(before, Instant.now()).toMillis());
                statuses.add("Registered".equals(shown.text("/region/status")) ? shown.status() : -shown.status());
            }
        }, "portal-reader");
        reader.start();
        int simulated = 0;
        int pushed = 0;
        Instant firstHour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(40, ChronoUnit.HOURS);
        for (int round = 0; round < 12; round++) {
            JsonNode simulation = cli("usage", "simulate", "--hours", "1", "--until", firstHour.plus(round, ChronoUnit.HOURS).toString(),
                    "--output", "json");
            assertThat(simulation.get("notYetReported").asInt()).isZero();
            simulated += simulation.get("records").asInt();
            if (round % 2 == 0) {
                pushed += cli(reaching("bridge", "push", "--output", "json")).get("records").asInt();
            }
        }
        writing.set(false);
        reader.join(30_000);

        assertThat(statuses).as("reads made while the commands wrote").hasSizeGreaterThanOrEqualTo(5).allMatch(status -> status == 200);
        assertThat(readMillis).allMatch(millis -> millis < 5_000);
        assertThat(simulated).isPositive();
        assertThat(pushed).isPositive().isLessThan(simulated);
        assertThat(portal.get("/stamp", "en").body().at("/bridge/pendingRecords").asInt()).isEqualTo(simulated - pushed);
        assertThat(cli("bridge", "status", "--output", "json").get("pending").asInt()).isEqualTo(simulated - pushed);
        try (Connection database = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("stamp.db"));
             ResultSet check = database.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(check.next()).isTrue();
            assertThat(check.getString(1)).isEqualTo("ok");
        }
    }

    private String[] reaching(String... words) {
        return List.of(words).appendAll(List.of("--azure", emulator.url().toString(), "--ca", emulator.caPem().toString()))
                .toJavaArray(String[]::new);
    }

    /** A command on the directory, which must succeed; its output read as JSON when it is some. */
    private JsonNode cli(String... words) {
        CliRun run = StackCli.run(List.of(words).appendAll(List.of("--data-dir", data.toString(), "--lang", "en")).toJavaArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", words) + ": " + run.out() + run.err()).isZero();
        try {
            return run.out().trim().startsWith("{") ? JSON.readTree(run.out()) : JSON.createObjectNode();
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
