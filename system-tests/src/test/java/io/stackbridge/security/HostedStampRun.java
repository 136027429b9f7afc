package io.stackbridge.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp {@code serve} hosts, driven through the portal's API as the page drives it: registered, then its bridge run once. */
final class HostedStampRun {

    private static final String API = "/_stackbridge/portal/api";

    private final Http http;
    private final Evidence evidence;

    HostedStampRun(Http http, Evidence evidence) {
        this.http = http;
        this.evidence = evidence;
    }

    /** Registers the hosted stamp (its bridge signs in with the well-known secret) and pushes its usage. */
    void registerAndPush() throws InterruptedException {
        assertThat(evidence.answer("portal registration", http.post(API + "/stamp/registration", "{}")).status()).isEqualTo(200);
        until(shown -> shown.at("/bridge/pendingRecords").asInt() > 0);
        assertThat(evidence.answer("portal bridge run", http.post(API + "/stamp/bridge/runs", "{}")).status()).isEqualTo(202);
        until(shown -> "Healthy".equals(shown.at("/bridge/state").asText()) && !shown.at("/bridge/running").asBoolean());
    }

    /** The support bundle the portal downloads, entry by entry. */
    static Map<String, String> bundle(Http http, Instant from) {
        try {
            HttpResponse<byte[]> zip = http.client().send(http.request("GET", API + "/support/logs?from=" + from, null, null).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zip.statusCode()).isEqualTo(200);
            return Leaks.unzip(zip.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** {@code GET /stamp} until {@code wanted} holds, for at most a minute. */
    private void until(Predicate<JsonNode> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode shown = stamp();
        while (!wanted.test(shown) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            shown = stamp();
        }
        assertThat(wanted.test(shown)).as(shown.toString()).isTrue();
    }

    private JsonNode stamp() {
        Response answer = http.get(API + "/stamp");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
