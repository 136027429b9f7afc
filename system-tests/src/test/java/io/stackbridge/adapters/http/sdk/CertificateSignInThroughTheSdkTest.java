package io.stackbridge.adapters.http.sdk;

import com.azure.core.credential.TokenCredential;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.support.ClientCertificates;
import io.stackbridge.adapters.http.server.support.EmulatedAzure;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.registration.RegistrationKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static io.stackbridge.adapters.http.sdk.AzureSdk.API_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** azure-identity's ClientCertificateCredential, unchanged, signing in at the emulator with a principal's certificate. */
class CertificateSignInThroughTheSdkTest {

    private static final ClientId CLIENT = ClientId.of("aaaaaaaa-0003-4000-8000-0000000000c1");

    @TempDir
    static Path directory;
    static EmulatedAzure azure;
    static Http admin;

    private Exchanges exchanges;

    @BeforeAll
    static void startEmulator() {
        azure = EmulatedAzure.start(EmulatorConfig.inStateDirectory(directory).withHttpPort(0));
        admin = new Http(azure.running.url(), PemTrust.sslContext(azure.running.caCertificate()), null);
    }

    @AfterAll
    static void stopEmulator() {
        azure.close();
    }

    @BeforeEach
    void freshWorld() {
        azure.fake.reset();
        exchanges = new Exchanges();
    }

    @Test
    void a_certificate_principal_registers_a_stamp_and_adds_a_customer_subscription() {
        ClientCertificates.Issued certificate = ClientCertificates.valid("stackbridge-bridge");
        putPrincipal(certificate.certificatePem(), true);
        ResourceManager arm = AzureSdk.resourceManager(azure.running.url(), azure.running.caCertificate(), credential(certificate), exchanges);

        CloudId cloud = CloudId.of(UUID.randomUUID().toString());
        GenericResource registration = AzureStackResources.createRegistration(arm, "azurestack-" + cloud.value(),
                azure.fake.registrationToken(cloud, BillingModel.PayAsYouUse));
        azure.fake.approveMultiTenancy(new RegistrationKey(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP,
                RegistrationName.of(registration.name()))).get();
        GenericResource contoso = AzureStackResources.addCustomerSubscription(arm, registration.name(), CONTOSO_SUBSCRIPTION.value());

        assertThat(arm.genericResources().getById(contoso.id(), API_VERSION).properties())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("tenantId", CONTOSO_TENANT.value());
        assertThat(exchanges.seen()).allMatch(exchange -> exchange.matches(".* -> 20[01]"));
    }

    @Test
    void an_unregistered_or_expired_certificate_or_a_disabled_principal_fails_with_the_aadsts_code() {
        ClientCertificates.Issued registered = ClientCertificates.valid("registered");
        ClientCertificates.Issued other = ClientCertificates.valid("other");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClientCertificates.Issued expired = ClientCertificates.issue("expired", now.minus(30, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));

        putPrincipal(registered.certificatePem(), true);
        assertRefused(other, "AADSTS700027");
        putPrincipal(expired.certificatePem(), true);
        assertRefused(expired, "AADSTS1000502");
        putPrincipal(registered.certificatePem(), false);
        assertRefused(registered, "AADSTS7000112");
    }

    private void assertRefused(ClientCertificates.Issued certificate, String aadsts) {
        ResourceManager arm = AzureSdk.resourceManager(azure.running.url(), azure.running.caCertificate(), credential(certificate), exchanges);
        assertThatThrownBy(() -> arm.genericResources().getById("/subscriptions/" + REGISTRATION_SUBSCRIPTION + "/resourceGroups/"
                + RESOURCE_GROUP, "2021-04-01")).isInstanceOf(MsalServiceException.class).hasMessageContaining(aadsts);
    }

    private TokenCredential credential(ClientCertificates.Issued certificate) {
        Path pem = certificate.writtenTo(directory.resolve(UUID.randomUUID() + ".pem"));
        return EmulatorSignIn.certificate(azure.running.url(), azure.running.caCertificate(), CLIENT, pem);
    }

    private static void putPrincipal(String certificatePem, boolean enabled) {
        ObjectNode body = new ObjectMapper().createObjectNode().put("objectId", "aaaaaaaa-0004-4000-8000-0000000000c1")
                .put("certificate", certificatePem).put("enabled", enabled);
        var answer = admin.put("/_stackbridge/world/principals/" + DefaultWorld.PARTNER_TENANT + "/" + CLIENT, body.toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("certificateThumbprint").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("BEGIN");
    }

}
