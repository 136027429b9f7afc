package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.Await;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bridge run} as a running service, {@code bridge diagnose}'s failing steps, and the 30-day warning of {@code bridge status}. */
class BridgeRunAndDiagnosisTest extends RegisteredStampTestBase {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void run_until_empty_drains_the_outbox_and_stops() {
        CliRun run = stamp.remote("bridge", "run", "--until-empty", "--batch-size", "100");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).last().isEqualTo("The outbox is empty: the bridge stops.");
        assertThat(stamp.local("bridge", "status").outLines()).contains("Records waiting in the outbox: 0");
    }

    @Test
    void a_running_bridge_that_meets_an_intercepting_proxy_names_a_certificate_validation_error() throws Exception {
        AtomicReference<CliRun> ended = new AtomicReference<>();
        Thread running = new Thread(() -> ended.set(stamp.remote("bridge", "run", "--interval", "1", "--attempts", "1")), "bridge-run");
        running.start();
        Await.until(DEADLINE, "a first push", () -> !azure.admin().readJournal()
                .read(new JournalQuery(Option.some(Operation.Usage_Push), Option.some(JournalEntry.OK), Option.none())).isEmpty());

        addRuleOverTheAdminApi("{\"id\":\"proxy\",\"effect\":{\"type\":\"untrustedCertificate\"}}");
        assertThat(stamp.local("usage", "simulate", "--hours", "3", "--until",
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minusSeconds(10 * 3600).toString()).exitCode()).isZero();
        Await.until(DEADLINE, "the bridge to meet the proxy", () -> stamp.local("bridge", "status").out().contains("CertificateValidationError: "));
        running.interrupt();
        running.join(DEADLINE.toMillis());

        assertThat(running.isAlive()).as("bridge run ends when interrupted").isFalse();
        assertThat(ended.get().out()).contains("Azure confirmed ", "The bridge stopped after 0 confirmed batches");
        assertThat(ended.get().exitCode()).as("an interrupt is a stop request").isEqualTo(ExitCodes.STOPPED);
        assertThat(ended.get().outLines()).last().isEqualTo("Asked to stop: the bridge stops.");
        CliRun status = stamp.local("bridge", "status");
        assertThat(status.outLines()).contains("The bridge has not delivered any usage since this error.")
                .anyMatch(line -> line.startsWith("  What to do: ") && line.contains("TLS inspection"));
    }

    @Test
    void diagnose_names_the_tls_step_that_an_intercepting_proxy_breaks_in_french() {
        azure.admin().addFaultRule().add(new FaultRule("proxy", FaultMatch.ANY, 1.0, Option.none(), new FaultEffect.UntrustedCertificate()));

        CliRun diagnose = stamp.inFrench().remote("bridge", "diagnose");

        assertThat(diagnose.exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(diagnose.outLines()).contains("  [x] Faire confiance à la chaîne de certificats du point de terminaison de connexion — " + azure.url(),
                "  - Obtenir une réponse du service d’utilisation (étape non atteinte)", "La vérification s’est arrêtée à l’étape 3 sur 10.");
        assertThat(diagnose.errLines().get(0)).startsWith("stackbridge\u00a0: CertificateValidationError\u00a0: ");
        assertThat(diagnose.errLines().get(1)).startsWith("  Que faire\u00a0: ");
    }

    @Test
    void diagnose_measures_a_stamp_clock_ten_minutes_ahead_and_names_the_clock_step() {
        CliRun diagnose = stamp.remote("bridge", "diagnose", "--stamp-clock-offset", "PT10M");

        assertThat(diagnose.exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(diagnose.outLines()).anyMatch(line -> line.startsWith("  [x] Keep the stamp’s clock within five minutes of the service’s"))
                .anyMatch(line -> line.matches("Clock offset of the stamp from the service .*: \\+60\\d\\.\\d{3} s; .*"));
        assertThat(diagnose.err()).startsWith("stackbridge: Unauthorized: ").contains("ClockSkewTooLarge");
    }

    @Test
    void a_pay_as_you_use_stamp_silent_for_thirty_one_days_is_warned_in_both_languages() {
        CliRun english = stamp.local("bridge", "status", "--stamp-clock-offset", "P31D");
        CliRun french = stamp.inFrench().local("bridge", "status", "--stamp-clock-offset", "P31D");
        CliRun today = stamp.local("bridge", "status");

        assertThat(english.outLines()).anyMatch(line -> line.startsWith("Warning: this PayAsYouUse stamp has not reported usage to Azure for 31 days"));
        assertThat(french.outLines()).anyMatch(line -> line.startsWith("Attention\u00a0: ce stamp PayAsYouUse n’a pas envoyé d’utilisation à Azure depuis 31 jours"));
        assertThat(today.out()).doesNotContain("Warning");
    }

    private static void addRuleOverTheAdminApi(String json) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(azure.sslContext()).build();
        HttpResponse<String> added = client.send(HttpRequest.newBuilder(URI.create(azure.url() + "/_stackbridge/faults"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }
}
