package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** What the registration client's tests share: one registration, a WireMock Resource Manager, and the client pointed at it. */
abstract class RegistrationClientTest {

    static final SubscriptionId SUBSCRIPTION = SubscriptionId.of("dd8597b4-8739-4467-8b10-f8679f62bfbf");
    static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    static final RegistrationKey KEY = RegistrationKey.of(SUBSCRIPTION.value(), "azurestack", "azurestack-" + CLOUD.value());
    static final String PATH = ResourceIds.registration(KEY);
    static final String TOKEN = Base64.getEncoder().encodeToString(
            ("{\"CloudID\":\"" + CLOUD.value() + "\",\"billingModel\":\"PayAsYouUse\"}").getBytes(StandardCharsets.UTF_8));
    static final RegistrationSummary SUMMARY = new RegistrationSummary(KEY, CLOUD,
            ObjectId.of("2dbdd5f4-daf3-442a-be35-b71c3debee5a"), BillingModel.PayAsYouUse, LinkedHashMap.empty(),
            new ETag("\"0e00ab2b-0000-0000-0000-5a82517f0000\""));

    @RegisterExtension
    static final WireMockExtension WIRE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    final HttpTransport transport = new HttpTransport(ClientConfig.jvmTrust().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    final HttpRegistrationPort registrations = new HttpRegistrationPort(transport, ArmTarget.of(management(), () -> Either.right("arm-token")));

    static URI management() {
        return URI.create("http://127.0.0.1:" + WIRE.getPort());
    }

    static String at(String path) {
        return path + "?api-version=2022-06-01";
    }
}
