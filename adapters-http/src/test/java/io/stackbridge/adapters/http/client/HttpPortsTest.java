package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.stackbridge.adapters.http.wire.OAuthToken;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.stackbridge.adapters.http.client.Answers.json;
import static io.stackbridge.adapters.http.client.Answers.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The ports built from a base URL and a sign-in: Resource Manager calls carry the token the token client obtained, once. */
class HttpPortsTest {

    private static final TenantId TENANT = TenantId.of("7c1b5b80-3a47-4d84-8ad1-8f4b3a0e2f11");
    private static final RegistrationKey KEY = RegistrationKey.of("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "r");

    @RegisterExtension
    static final WireMockExtension WIRE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @Test
    void resource_manager_calls_carry_the_token_obtained_by_signing_in() {
        URI base = URI.create("http://127.0.0.1:" + WIRE.getPort());
        WIRE.stubFor(post(urlPathMatching("/.*/oauth2/v2.0/token")).willReturn(json(200, new OAuthToken("Bearer", 3600, 3600, "minted.arm.token"))));
        WIRE.stubFor(delete(urlPathEqualTo(ResourceIds.registration(KEY))).willReturn(aResponse().withStatus(204)));
        HttpPorts ports = HttpPorts.signedIn(ClientConfig.jvmTrust(), base, new TokenRequest(base, TENANT,
                ClientId.of("0f9d3a2e-5b1c-4e8f-9a6d-2c7b8e1f4a30"), "secret", "https://management.azure.com/.default"));

        assertThat(right(ports.registrations().delete(KEY))).isEqualTo(Removal.ABSENT);
        assertThat(right(ports.registrations().delete(KEY))).isEqualTo(Removal.ABSENT);

        WIRE.verify(2, deleteRequestedFor(urlPathEqualTo(ResourceIds.registration(KEY)))
                .withHeader("Authorization", equalTo("Bearer minted.arm.token")));
        WIRE.verify(1, postRequestedFor(urlPathEqualTo("/" + TENANT.value() + "/oauth2/v2.0/token")));
    }
}
