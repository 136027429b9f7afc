package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.portal.PortalClient.Answer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The labs from the page on the stamp serve hosts, over real HTTPS: the symptom on the tile, hints, the check after the fix, reset. */
class HostedLabsApiTest extends HostedPortalTest {

    @Test
    void the_list_names_every_lab_with_its_code_title_and_symptom_in_english_and_french() {
        Answer english = portal.get("/labs", "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body().get("current").isNull()).isTrue();
        assertThat(english.body().get("labs")).hasSize(13);
        assertThat(english.text("/labs/0/name")).isEqualTo("network-error");
        assertThat(english.text("/labs/0/code")).isEqualTo("NetworkError");
        assertThat(english.text("/labs/0/title")).isEqualTo("The bridge cannot reach Azure");
        assertThat(english.text("/labs/0/symptom")).isNotBlank();
        Answer french = portal.get("/labs", "fr");
        assertThat(french.text("/labs/0/title")).isEqualTo("Le pont n’atteint pas Azure");
        assertThat(french.text("/labs/0/code")).isEqualTo("NetworkError");
    }

    @Test
    void a_bridge_lab_shows_its_symptom_on_the_tile_gives_hints_and_passes_its_check_after_the_documented_fix() {
        Answer started = portal.post("/labs/network-error/start", "en");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        assertThat(started.text("/name")).isEqualTo("network-error");
        assertThat(started.text("/code")).isEqualTo("NetworkError");
        assertThat(started.text("/symptom")).startsWith("NetworkError: The bridge could not open a connection to ");
        assertThat(started.body().get("story").toString()).contains("This is what you meet:", "stackbridge bridge push --attempts 1");
        Answer tile = portal.get("/stamp", "en");
        assertThat(tile.text("/region/status")).isEqualTo("Registered");
        assertThat(tile.text("/bridge/state")).isEqualTo("Failing");
        assertThat(tile.text("/bridge/error/code")).isEqualTo("NetworkError");
        assertThat(tile.text("/bridge/error/cause")).startsWith("NetworkError: The bridge could not open a connection to ");
        Answer french = portal.get("/stamp", "fr");
        assertThat(french.text("/bridge/error/cause")).startsWith("NetworkError\u00a0: ").isEqualTo("NetworkError\u00a0: "
                + french.text("/bridge/error/message")).doesNotContain("The bridge could not");
        Answer labs = portal.get("/labs", "en");
        assertThat(labs.text("/current/name")).isEqualTo("network-error");
        assertThat(labs.text("/current/startedAt")).isNotBlank();
        assertThat(Files.isRegularFile(state.resolve("hosted-stamp/lab.properties"))).isTrue();

        Answer hint = portal.post("/labs/network-error/hints", "fr");
        assertThat(hint.status()).isEqualTo(200);
        assertThat(hint.body().get("number").asInt()).isEqualTo(1);
        assertThat(hint.body().get("of").asInt()).isEqualTo(3);
        assertThat(hint.text("/text")).isNotBlank();
        assertThat(portal.get("/labs", "en").body().at("/current/hintsShown").asInt()).isEqualTo(1);

        Answer notYet = portal.post("/labs/network-error/check", "en");
        assertThat(notYet.body().get("passed").asBoolean()).isFalse();
        assertThat(notYet.body().get("lines").toString()).contains("Lab network-error is not fixed yet");

        assertThat(portal.removeFault("network-down")).isEqualTo(200);
        Answer fixed = portal.post("/labs/network-error/check", "fr");
        assertThat(fixed.body().get("passed").asBoolean()).as(fixed.body().toString()).isTrue();
        assertThat(fixed.text("/lines/0")).startsWith("L’atelier network-error est réparé");
        assertThat(portal.get("/stamp", "en").text("/bridge/state")).isEqualTo("Healthy");

        Answer other = portal.post("/labs/login-error/reset", "en");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body().get("reset").asBoolean()).isFalse();
        assertThat(other.text("/lines/0")).startsWith("Lab login-error is not the one started here (network-error is)");
        assertThat(portal.get("/labs", "en").text("/current/name")).isEqualTo("network-error");

        Answer reset = portal.post("/labs/network-error/reset", "en");
        assertThat(reset.body().get("reset").asBoolean()).isTrue();
        assertThat(reset.text("/lines/0")).startsWith("Lab network-error is reset");
        assertThat(portal.get("/labs", "en").body().get("current").isNull()).isTrue();
    }

    @Test
    void the_certificate_lab_shows_on_the_tile_and_passes_once_the_proxy_is_gone() throws Exception {
        Answer started = portal.post("/labs/certificate-validation-error/start", "en");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        assertThat(started.text("/symptom")).startsWith("CertificateValidationError: ");
        assertThat(started.body().get("story").toString()).contains("stackbridge bridge diagnose");
        Path both = state.resolve("trusted-by-the-browser.pem");
        Files.writeString(both, Files.readString(emulator.caPem()) + Files.readString(emulator.caPem().resolveSibling("intercepting-proxy.pem")));
        portal = new PortalClient(emulator.url(), both);
        Answer tile = portal.get("/stamp", "en");
        assertThat(tile.text("/bridge/state")).isEqualTo("Failing");
        assertThat(tile.text("/bridge/error/code")).isIn("LoginError", "CertificateValidationError");
        assertThat(tile.text("/bridge/error/cause")).isNotBlank();
        assertThat(portal.post("/labs/certificate-validation-error/check", "en").body().get("passed").asBoolean()).isFalse();
        assertThat(portal.removeFault("tls-interception")).isEqualTo(200);
        assertThat(portal.post("/labs/certificate-validation-error/check", "en").body().get("passed").asBoolean()).isTrue();
    }

    @Test
    void a_tenant_lab_hands_out_its_request_and_checks_from_the_page() {
        Answer started = portal.post("/labs/unauthorized-csp-registration/start", "fr");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        assertThat(started.text("/symptom")).startsWith("UnauthorizedCspRegistration").contains("multilocataire");
        assertThat(started.body().get("story").toString()).contains("Contoso");
        Answer check = portal.post("/labs/unauthorized-csp-registration/check", "en");
        assertThat(check.body().get("passed").asBoolean()).isFalse();
    }

    @Test
    void bad_input_gets_a_coded_error_and_changes_nothing() {
        Answer unknown = portal.post("/labs/no-such-lab/start", "en");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/error/code")).isEqualTo("ResourceNotFound");
        Answer text = portal.postText("/labs/network-error/start");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.text("/error/code")).isEqualTo("UnsupportedMediaType");
        assertThat(portal.get("/labs", "en").body().get("current").isNull()).isTrue();
        assertThat(portal.get("/stamp", "en").text("/region/status")).isEqualTo("NotRegistered");
        assertThat(portal.get("/labs/network-error", "en").status()).isEqualTo(404);
        Answer hint = portal.post("/labs/network-error/hints", "en");
        assertThat(hint.body().get("number").asInt()).isZero();
        assertThat(hint.text("/text")).isEqualTo("Lab network-error is not started here: run stackbridge lab start network-error first.");
        Answer nothing = portal.post("/labs/network-error/reset", "en");
        assertThat(nothing.body().get("reset").asBoolean()).isTrue();
        assertThat(Files.exists(state.resolve("hosted-stamp/lab.properties"))).isFalse();
    }
}
