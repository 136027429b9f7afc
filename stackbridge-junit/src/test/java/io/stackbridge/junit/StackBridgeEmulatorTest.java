package io.stackbridge.junit;

import io.stackbridge.adapters.cli.support.WellKnown;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Option;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The JUnit extension used as its users would: java.net.http against the in-process emulator, trusting its PEM only. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackBridgeEmulatorTest {

    /** The same stamp in every test, to show that each test starts from the initial world. */
    private static final String CLOUD = "c10dc10d-0000-4000-8000-0000000000aa";

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    private final HttpClient http = HttpClient.newBuilder().sslContext(azure.sslContext()).build();

    @Test
    @Order(1)
    void serves_https_on_loopback_with_a_certificate_exported_as_pem() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(azure.url().resolve("/_stackbridge/health")).GET());

        assertThat(azure.url().toString()).matches("https://127\\.0\\.0\\.1:\\d+");
        assertThat(Files.readString(azure.caPem())).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"", "\"auth\":\"strict\"");
    }

    @Test
    @Order(2)
    void onboards_contoso_once_the_registration_is_approved() throws Exception {
        String registration = WellKnown.registrationPath(CLOUD);
        String tenant = registration + "/customerSubscriptions/" + WellKnown.CONTOSO_SUBSCRIPTION + WellKnown.API;

        assertThat(put(registration + WellKnown.API, WellKnown.registrationBody(CLOUD)).statusCode()).isEqualTo(201);
        HttpResponse<String> refused = put(tenant, "{}");
        azure.approveMultiTenancy(WellKnown.REGISTRATION_SUBSCRIPTION, WellKnown.RESOURCE_GROUP, WellKnown.registrationName(CLOUD));
        HttpResponse<String> added = put(tenant, "{}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"UnauthorizedCspRegistration\"");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("\"tenantId\":\"" + WellKnown.CONTOSO_TENANT + "\"");
    }

    @Test
    @Order(3)
    void starts_each_test_from_the_initial_world() throws Exception {
        HttpResponse<String> previousTestsRegistration = send(authorized(WellKnown.registrationPath(CLOUD) + WellKnown.API).GET());

        assertThat(previousTestsRegistration.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void fires_a_fault_rule_added_through_the_admin() throws Exception {
        azure.admin().addFaultRule().add(FaultRule.of("busy", FaultMatch.operation(Operation.Registrations_Get), 1.0,
                Option.some(1), new FaultEffect.ReturnError(ErrorCode.TooManyRequests)).get());
        String registration = WellKnown.registrationPath(CLOUD) + WellKnown.API;

        HttpResponse<String> throttled = send(authorized(registration).GET());
        HttpResponse<String> next = send(authorized(registration).GET());

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("\"code\":\"TooManyRequests\"");
        assertThat(next.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void refuses_a_usage_token_on_resource_manager_paths() throws Exception {
        HttpRequest.Builder withUsageToken = HttpRequest.newBuilder(url(WellKnown.registrationPath(CLOUD) + WellKnown.API))
                .header("Authorization", "Bearer " + azure.usageToken()).GET();

        HttpResponse<String> refused = send(withUsageToken);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"code\":\"InvalidAuthenticationToken\"");
    }

    private HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(authorized(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + azure.token());
    }

    private URI url(String path) {
        return URI.create(azure.url() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
