package io.stackbridge.adapters.cli.wiring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stackbridge.adapters.cli.demo.FaultSwitch;
import io.stackbridge.adapters.http.server.admin.FaultRuleJson;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.stackbridge.domain.fault.FaultRule;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An emulator's fault rules switched on through {@code POST /_stackbridge/faults}, trusting the
 * emulator's CA only. A refused or failed call
 * is an {@link IllegalStateException}: the demo's emulator is its own and on loopback.
 */
final class AdminFaultsOverHttps implements FaultSwitch {

    private static final ObjectMapper JSON = JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI faults;
    private final HttpClient client;

    AdminFaultsOverHttps(URI emulator, Path caPem) {
        this.faults = URI.create(emulator + "/_stackbridge/faults");
        this.client = HttpClient.newBuilder().sslContext(PemTrust.sslContext(caPem)).connectTimeout(TIMEOUT).build();
    }

    @Override
    public void on(FaultRule rule) {
        try {
            send(HttpRequest.newBuilder(faults).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(FaultRuleJson.View.from(rule)))));
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("fault rule not writable as JSON: " + rule.id(), unwritable);
        }
    }

    private void send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("the emulator's admin API answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException failed) {
            throw new IllegalStateException("the emulator's admin API could not be reached: " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the emulator's admin API", interrupted);
        }
    }
}
