package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.adapters.support.tls.InterceptingProxyPem;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.id.CloudId;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLHandshakeException;
import java.nio.file.Path;

import static io.stackbridge.adapters.http.server.portal.AzurePortalRegistrationsTest.API;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fault presets switched on and off from the portal: listed with their code and description, in force as the CLI's are. */
class AzurePortalPresetsTest extends EmulatorTestBase {

    private static JsonNode presets(Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("presets");
    }

    private static JsonNode preset(JsonNode presets, String name) {
        return List.ofAll(presets).find(preset -> preset.path("name").asText().equals(name))
                .getOrElseThrow(() -> new AssertionError("no preset " + name));
    }

    @Test
    void every_preset_is_listed_off_with_its_code_and_a_description_in_the_reader_s_language() {
        JsonNode english = presets(emulator.anonymous.get(API + "/presets"));
        JsonNode french = presets(emulator.anonymous.withHeader("Accept-Language", "fr-FR,fr;q=0.9").get(API + "/presets"));

        assertThat(List.ofAll(english).map(preset -> preset.path("name").asText()))
                .containsExactlyElementsOf(List.of(FaultPreset.values()).map(FaultPreset::presetName));
        for (FaultPreset known : FaultPreset.values()) {
            JsonNode en = preset(english, known.presetName());
            JsonNode fr = preset(french, known.presetName());
            assertThat(en.path("code").asText()).isEqualTo(known.reproduces().name()).isEqualTo(fr.path("code").asText());
            assertThat(en.path("on").asBoolean()).isFalse();
            assertThat(en.path("description").asText()).isNotBlank().isNotEqualTo(fr.path("description").asText());
            assertThat(fr.path("description").asText()).isNotBlank();
        }
        assertThat(preset(french, "network-down").path("description").asText()).contains("service d’utilisation");
        for (JsonNode presets : List.of(english, french)) {
            assertThat(preset(presets, "tls-interception").path("description").asText())
                    .as("the browser meets the proxy too: how to switch it off without the page")
                    .contains("stackbridge azure faults remove tls-interception");
        }
        assertThat(preset(english, "tls-interception").path("description").asText()).contains("browser");
        assertThat(preset(french, "tls-interception").path("description").asText()).contains("navigateur");
    }

    @Test
    void a_preset_switched_on_breaks_the_matching_call_and_switched_off_restores_it() {
        CloudId cloud = TestEmulator.newCloud();
        emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, cloud);

        Response on = emulator.anonymous.put(API + "/presets/usage-service-busy", "{}");
        assertThat(preset(presets(on), "usage-service-busy").path("on").asBoolean()).isTrue();
        assertThat(preset(presets(on), "network-down").path("on").asBoolean()).isFalse();
        assertThat(emulator.anonymous.get("/_stackbridge/faults").json().path("rules").get(0).path("id").asText())
                .as("the rule ID is the preset's name, as faults add --preset gives it").isEqualTo("usage-service-busy");
        Response refused = Usage.push(emulator, Usage.batch(cloud, 1, "1"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("ServiceUnavailable");

        Response off = emulator.anonymous.withHeader("Content-Type", "application/json").delete(API + "/presets/usage-service-busy");
        assertThat(preset(presets(off), "usage-service-busy").path("on").asBoolean()).isFalse();
        assertThat(Usage.push(emulator, Usage.batch(cloud, 1, "1")).status()).isEqualTo(200);
        assertThat(emulator.anonymous.get("/_stackbridge/faults").json().path("rules").size()).isZero();
    }

    @Test
    void switching_on_twice_keeps_one_rule_and_switching_off_an_off_preset_is_harmless() {
        emulator.anonymous.put(API + "/presets/Directory-Down", "{}");
        emulator.anonymous.put(API + "/presets/directory-down", "{}");
        assertThat(emulator.anonymous.get("/_stackbridge/faults").json().path("rules").size()).isEqualTo(1);

        assertThat(presets(emulator.anonymous.withHeader("Content-Type", "application/json").delete(API + "/presets/directory-down")).size()).isEqualTo(FaultPreset.values().length);
        assertThat(presets(emulator.anonymous.withHeader("Content-Type", "application/json").delete(API + "/presets/directory-down")).size()).isEqualTo(FaultPreset.values().length);
    }

    @Test
    void an_unknown_preset_or_a_bad_body_is_coded_and_changes_nothing() {
        for (Response refused : List.of(emulator.anonymous.put(API + "/presets/no-such-thing", "{}"),
                emulator.anonymous.withHeader("Content-Type", "application/json").delete(API + "/presets/no-such-thing"))) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("ResourceNotFound");
            assertThat(refused.message()).contains("no-such-thing");
        }
        Response french = emulator.anonymous.withHeader("Accept-Language", "fr").put(API + "/presets/no-such-thing", "{}");
        assertThat(french.message()).startsWith("Aucune ressource");
        Response plain = emulator.anonymous.send("PUT", API + "/presets/network-down", "{}", "text/plain");
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.code()).isNotBlank();
        Response broken = emulator.anonymous.put(API + "/presets/network-down", "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.code()).isEqualTo("InvalidRequestContent");
        assertThat(emulator.anonymous.get("/_stackbridge/faults").json().path("rules").size()).isZero();
        assertThat(List.ofAll(presets(emulator.anonymous.get(API + "/presets")))).noneMatch(preset -> preset.path("on").asBoolean());
    }

    @Test
    void tls_interception_from_the_portal_publishes_the_proxy_s_certificate_as_the_fault_api_does(@TempDir Path state) {
        try (TestEmulator own = TestEmulator.start(state)) {
            Path caPem = own.running.caCertificate();
            Path proxyPem = InterceptingProxyPem.beside(caPem);
            assertThat(proxyPem).doesNotExist();

            Response on = own.anonymous.put(API + "/presets/tls-interception", "{}");

            assertThat(preset(presets(on), "tls-interception").path("on").asBoolean()).isTrue();
            assertThat(proxyPem).isRegularFile();
            Http caOnly = new Http(own.running.httpsUrl(), PemTrust.sslContext(caPem), null);
            assertThatThrownBy(() -> caOnly.get(API + "/presets")).hasCauseInstanceOf(SSLHandshakeException.class);
            Http operator = new Http(own.running.httpsUrl(), PemTrust.sslContext(caPem, proxyPem), null);
            assertThat(preset(presets(operator.withHeader("Content-Type", "application/json").delete(API + "/presets/tls-interception")), "tls-interception").path("on").asBoolean())
                    .isFalse();
            assertThat(new Http(own.running.httpsUrl(), PemTrust.sslContext(caPem), null).get(API + "/presets").status()).isEqualTo(200);
        }
    }
}
