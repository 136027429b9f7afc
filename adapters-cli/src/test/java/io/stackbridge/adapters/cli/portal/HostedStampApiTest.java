package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.portal.PortalClient.Answer;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.text.Language;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's stack side on the stamp serve hosts, over real HTTPS on a free port: what the page reads and does. */
class HostedStampApiTest extends HostedPortalTest {

    @Test
    void the_hosted_stamp_starts_not_registered_with_an_idle_bridge_in_english_and_french() {
        Answer english = portal.get("/stamp", "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.text("/source")).isEqualTo("hosted");
        assertThat(english.body().get("directory").isNull()).isTrue();
        assertThat(english.text("/region/status")).isEqualTo("NotRegistered");
        assertThat(english.text("/region/statusText")).isEqualTo("Not registered");
        assertThat(english.body().at("/region/subscriptionId").isNull()).isTrue();
        assertThat(english.text("/bridge/state")).isEqualTo("Idle");
        assertThat(english.body().at("/bridge/running").asBoolean()).isFalse();
        assertThat(english.body().at("/bridge/error").isNull()).isTrue();
        assertThat(english.body().has("problem")).isFalse();
        assertThat(portal.get("/stamp", "fr-FR,fr;q=0.9").text("/region/statusText")).isEqualTo("Non inscrit");
    }

    @Test
    void registering_shows_region_management_properties() {
        Answer registered = portal.post("/stamp/registration", "en");
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(200);
        assertThat(registered.text("/region/status")).isEqualTo("Registered");
        assertThat(registered.text("/region/statusText")).isEqualTo("Registered");
        assertThat(registered.text("/region/subscriptionId")).isEqualTo(DefaultWorld.REGISTRATION_SUBSCRIPTION.value());
        assertThat(registered.text("/region/resourceGroup")).isEqualTo("azurestack");
        String cloudId = registered.text("/region/cloudId");
        assertThat(registered.text("/region/registrationName")).isEqualTo("azurestack-" + cloudId);
        assertThat(registered.text("/region/billingModel")).isEqualTo("PayAsYouUse");
        assertThat(registered.text("/region/activationExpiry")).isNotBlank();
        assertThat(portal.get("/stamp", "fr").text("/region/statusText")).isEqualTo("Inscrit");
    }

    @Test
    void network_down_then_a_run_shows_network_error_with_its_cause_and_remediation() {
        registeredWithUsage();
        assertThat(portal.preset("network-down")).isEqualTo(201);
        Answer started = portal.post("/stamp/bridge/runs", "en");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body().get("running").asBoolean()).isTrue();
        Answer failed = portal.until("/stamp", "en", 60, shown -> shown.text("/bridge/error/code") != null
                && !shown.body().at("/bridge/running").asBoolean());
        assertThat(failed.text("/bridge/state")).isEqualTo("Failing");
        assertThat(failed.text("/bridge/error/code")).isEqualTo("NetworkError");
        assertThat(failed.text("/bridge/error/title")).isEqualTo("Azure Bridge: NetworkError");
        assertThat(failed.text("/bridge/error/cause")).isNotBlank();
        assertThat(failed.text("/bridge/error/message")).startsWith("The bridge could not open a connection to ");
        assertThat(failed.text("/bridge/error/remediation")).startsWith("Make sure the stamp’s public VIP network can reach ");
        assertThat(failed.text("/bridge/error/at")).isNotBlank();
        assertThat(failed.body().at("/bridge/pendingRecords").asInt()).isPositive();
        Answer french = portal.get("/stamp", "fr");
        assertThat(french.text("/bridge/error/remediation")).startsWith("Vérifiez que le réseau des adresses VIP publiques du stamp atteint ");
        assertThat(french.text("/bridge/error/title")).isEqualTo("Azure Bridge\u00a0: NetworkError".replace("Azure Bridge",
                io.stackbridge.adapters.cli.console.CliText.in(Language.FR).format("errors.category.BRIDGE")));
    }

    /**
     * A bridge that has signed in (its token kept, as a running bridge's is) meets the intercepting proxy at the push:
     * CertificateValidationError. (A bridge that has never signed in meets it at sign-in first, as LoginError, as a command does.)
     */
    @Test
    void after_the_network_comes_back_tls_interception_and_a_run_show_certificate_validation_error() {
        network_down_then_a_run_shows_network_error_with_its_cause_and_remediation();
        assertThat(portal.removeFault("network-down")).isEqualTo(200);
        assertThat(portal.preset("tls-interception")).isEqualTo(201);
        portal = behindTheProxy();
        String before = portal.get("/stamp", "en").text("/bridge/error/at");
        assertThat(portal.post("/stamp/bridge/runs", "en").status()).isEqualTo(202);
        Answer failed = portal.until("/stamp", "en", 60, shown -> !before.equals(shown.text("/bridge/error/at"))
                && !shown.body().at("/bridge/running").asBoolean());
        assertThat(failed.text("/bridge/error/code")).isEqualTo(ErrorCode.CertificateValidationError.name());
        assertThat(failed.text("/bridge/error/message")).startsWith("The bridge did not trust the certificate presented by ");
        assertThat(failed.text("/bridge/error/remediation")).startsWith("Something between the stamp and the usage gateway is probably");
        assertThat(failed.text("/bridge/error/cause")).isNotBlank();
    }

    @Test
    void a_run_that_succeeds_sends_what_waits_and_the_tile_turns_healthy() {
        registeredWithUsage();
        assertThat(portal.post("/stamp/bridge/runs", "en").status()).isEqualTo(202);
        Answer healthy = portal.until("/stamp", "en", 60, shown -> "Healthy".equals(shown.text("/bridge/state"))
                && !shown.body().at("/bridge/running").asBoolean());
        assertThat(healthy.text("/bridge/state")).isEqualTo("Healthy");
        assertThat(healthy.text("/bridge/lastSuccess")).isNotBlank();
        assertThat(healthy.body().at("/bridge/pendingRecords").asInt()).isZero();
    }

    @Test
    void a_held_push_never_makes_the_page_wait_and_a_second_run_is_not_started() {
        registeredWithUsage();
        assertThat(portal.preset("usage-timeout")).isEqualTo(201);
        assertThat(portal.post("/stamp/bridge/runs", "en").status()).isEqualTo(202);
        Answer held = portal.until("/stamp", "en", 30, shown -> shown.body().at("/bridge/running").asBoolean());
        assertThat(held.body().at("/bridge/running").asBoolean()).isTrue();
        for (int read = 0; read < 5; read++) {
            java.time.Instant before = java.time.Instant.now();
            Answer shown = portal.get("/stamp", "en");
            assertThat(java.time.Duration.between(before, java.time.Instant.now())).isLessThan(java.time.Duration.ofSeconds(2));
            assertThat(shown.body().at("/bridge/running").asBoolean()).isTrue();
            assertThat(shown.body().at("/bridge/pendingRecords").asInt()).isPositive();
        }
        Answer again = portal.post("/stamp/bridge/runs", "en");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().get("running").asBoolean()).isTrue();
    }

    @Test
    void the_diagnosis_names_every_step_as_bridge_diagnose_words_it() {
        portal.post("/stamp/registration", "en");
        Answer english = portal.post("/stamp/diagnosis", "en");
        assertThat(english.status()).as(english.body().toString()).isEqualTo(200);
        assertThat(english.body().get("steps")).hasSize(10);
        assertThat(english.text("/steps/0/name")).isEqualTo("RESOLVE_LOGIN");
        assertThat(english.text("/steps/0/label")).isEqualTo("Resolve the sign-in endpoint’s host name");
        assertThat(english.body().get("passed").asBoolean()).as(english.body().toString()).isTrue();
        assertThat(english.body().at("/steps/9/passed").asBoolean()).isTrue();
        Answer french = portal.post("/stamp/diagnosis", "fr");
        assertThat(french.text("/steps/0/label")).isEqualTo("Résoudre le nom d’hôte du point de terminaison de connexion");

        assertThat(portal.preset("tls-interception")).isEqualTo(201);
        portal = behindTheProxy();
        Answer broken = portal.post("/stamp/diagnosis", "en");
        assertThat(broken.body().get("passed").asBoolean()).isFalse();
        assertThat(broken.text("/steps/2/name")).isEqualTo("TLS_LOGIN");
        assertThat(broken.text("/steps/2/code")).isEqualTo("CertificateValidationError");
        assertThat(broken.body().at("/steps/9/passed").asBoolean()).isFalse();
    }

    @Test
    void bad_input_gets_a_coded_error_and_changes_nothing() {
        Answer text = portal.postText("/stamp/registration");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.text("/error/code")).isEqualTo("UnsupportedMediaType");
        assertThat(portal.get("/stamp", "en").text("/region/status")).isEqualTo("NotRegistered");
        Answer unknown = portal.get("/stamp/nowhere", "en");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/error/code")).isNotBlank();
        Answer notRegistered = portal.post("/stamp/bridge/runs", "en");
        assertThat(notRegistered.status()).isBetween(400, 499);
        assertThat(notRegistered.text("/error/code")).isEqualTo("StampNotActivated");
        assertThat(portal.get("/stamp", "en").body().at("/bridge/running").asBoolean()).isFalse();
    }

    /** The page of an operator whose workstation trusts the intercepting proxy, as the terminal does (its PEM beside ca.pem). */
    private PortalClient behindTheProxy() {
        try {
            Path both = state.resolve("trusted-by-the-browser.pem");
            java.nio.file.Files.writeString(both, java.nio.file.Files.readString(emulator.caPem())
                    + java.nio.file.Files.readString(emulator.caPem().resolveSibling("intercepting-proxy.pem")));
            return new PortalClient(emulator.url(), both);
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    /** Registered, with the simulated hours waiting in the outbox. */
    private void registeredWithUsage() {
        assertThat(portal.post("/stamp/registration", "en").status()).isEqualTo(200);
        Answer waiting = portal.until("/stamp", "en", 30, shown -> shown.body().at("/bridge/pendingRecords").asInt() > 0);
        assertThat(waiting.body().at("/bridge/pendingRecords").asInt()).isPositive();
    }
}
