package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's page as a browser fetches it: right types, no listing, nothing outside its folder, no caching surprises. */
class PortalPageServingTest {

    @RegisterExtension
    static StackBridgeEmulator emulator = StackBridgeEmulator.builder().keepStateBetweenTests().build();

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(emulator.sslContext()).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.url() + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The media type as sent, without the spaces servers may or may not put after the semicolon. */
    private static String type(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/_stackbridge/portal", "/_stackbridge/portal/", "/_stackbridge/portal/index.html"})
    void the_index_is_html_revalidated_on_each_load_and_names_the_echarts_bundle(String path) throws Exception {
        HttpResponse<String> page = get(path, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(type(page)).isEqualTo("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'"));
        assertThat(page.body()).contains("/_stackbridge/portal/webjars/echarts/5.3.1/dist/echarts.min.js").doesNotContain("@ECHARTS@");
    }

    @Test
    void scripts_and_styles_have_their_types() throws Exception {
        HttpResponse<String> script = get("/_stackbridge/portal/app.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(type(script)).isEqualTo("text/javascript;charset=utf-8");
        HttpResponse<String> style = get("/_stackbridge/portal/portal.css", null);
        assertThat(type(style)).isEqualTo("text/css;charset=utf-8");
    }

    @Test
    void echarts_comes_from_its_webjar_under_its_version_and_may_be_kept() throws Exception {
        HttpResponse<String> bundle = get("/_stackbridge/portal/webjars/echarts/5.3.1/dist/echarts.min.js", null);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(type(bundle)).isEqualTo("text/javascript;charset=utf-8");
        assertThat(bundle.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(bundle.body()).contains("echarts");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/_stackbridge/portal/nothing.js",
            "/_stackbridge/portal/webjars/",
            "/_stackbridge/portal/webjars/echarts/5.3.1/dist/echarts.js",
            "/_stackbridge/portal/webjars/echarts/5.3.1/package.json",
            "/_stackbridge/portal/api",
            "/_stackbridge/portal/portal_en.properties",
            "/_stackbridge/portal/..%2fopenapi%2fstackbridge-admin.yaml",
            "/_stackbridge/portal/%2e%2e%2fMETA-INF%2fMANIFEST.MF",
            "/_stackbridge/portal/index.html%00.js",
            "/_stackbridge/portal/APP.JS",
    })
    void nothing_else_answers(String path) throws Exception {
        HttpResponse<String> refused = get(path, null);
        assertThat(refused.statusCode()).isIn(400, 404);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.body()).contains("\"error\"").doesNotContain("Exception");
    }

    @Test
    void the_texts_come_in_the_requested_language() throws Exception {
        HttpResponse<String> french = get("/_stackbridge/portal/api/texts", "fr-FR,fr;q=0.9,en;q=0.8");
        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.body()).contains("\"language\":\"fr\"", "Envoyer l’utilisation maintenant");
        HttpResponse<String> english = get("/_stackbridge/portal/api/texts", "de-DE");
        assertThat(english.body()).contains("\"language\":\"en\"", "Send usage now");
    }
}
