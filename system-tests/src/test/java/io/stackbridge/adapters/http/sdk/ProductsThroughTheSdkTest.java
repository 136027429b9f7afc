package io.stackbridge.adapters.http.sdk;

import com.azure.core.credential.TokenCredential;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceExpandedInner;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.support.EmulatedAzure;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.stackbridge.adapters.http.sdk.AzureSdk.API_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Azure SDK for Java's generic client and pipeline reading a registration's marketplace over HTTPS, in strict auth. */
class ProductsThroughTheSdkTest {

    private static final String WORDPRESS = "wordpress4-4";

    @TempDir
    static Path directory;
    static EmulatedAzure azure;

    private Exchanges exchanges;
    private ResourceManager arm;

    @BeforeAll
    static void startEmulator() {
        azure = EmulatedAzure.start(EmulatorConfig.inStateDirectory(directory).withHttpPort(0).withPageSize(4));
    }

    @AfterAll
    static void stopEmulator() {
        azure.close();
    }

    @BeforeEach
    void freshWorldAndClient() {
        azure.fake.reset();
        Path pem = azure.running.caCertificate();
        TokenCredential credential = EmulatorSignIn.secret(azure.running.url(), pem, DefaultWorld.BRIDGE_CLIENT_ID,
                DefaultWorld.BRIDGE_SECRET);
        exchanges = new Exchanges();
        arm = AzureSdk.resourceManager(azure.running.url(), pem, credential, exchanges);
    }

    @Test
    void lists_reads_checks_and_logs_products_of_a_registration() throws Exception {
        GenericResource registration = AzureStackResources.createRegistration(arm, "azurestack-" + UUID.randomUUID(), token(true));

        List<String> listed = MarketplaceProducts.list(arm, registration.id()).stream().map(GenericResourceExpandedInner::name).toList();
        GenericResource wordpress = arm.genericResources().getById(MarketplaceProducts.productId(registration.id(), WORDPRESS), API_VERSION);
        MarketplaceProducts.Answer checked = MarketplaceProducts.post(arm, wordpress.id(), "getProduct", "{\"deviceVersion\":\"1910.0.0.0\"}");
        MarketplaceProducts.Answer logged = MarketplaceProducts.post(arm, wordpress.id(), "uploadProductLog",
                "{\"operation\":\"Download\",\"status\":\"Succeeded\"}");

        assertThat(listed).hasSize(15).contains(registration.name() + "/" + WORDPRESS);
        assertThat(wordpress.type()).isEqualTo("Microsoft.AzureStack/registrations/products");
        assertThat(properties(wordpress)).containsEntry("productKind", "virtualMachine").containsEntry("sku", "4-4");
        JsonNode compatibility = new ObjectMapper().readTree(checked.body()).path("properties").path("compatibility");
        assertThat(checked.status()).isEqualTo(200);
        assertThat(compatibility.path("issues").get(0).asText()).isEqualTo("HigherDeviceVersionRequired");
        assertThat(logged.status()).isEqualTo(200);
        assertThat(exchanges.seen()).allMatch(exchange -> exchange.endsWith(" -> 200") || exchange.endsWith(" -> 201"))
                .anyMatch(exchange -> exchange.contains("skipToken"));
    }

    @Test
    void a_closed_marketplace_and_an_unknown_product_arrive_as_management_exceptions() {
        GenericResource closed = AzureStackResources.createRegistration(arm, "azurestack-" + UUID.randomUUID(), token(false));
        GenericResource open = AzureStackResources.createRegistration(arm, "azurestack-" + UUID.randomUUID(), token(true));

        assertThatThrownBy(() -> arm.genericResources().getById(MarketplaceProducts.productId(closed.id(), WORDPRESS), API_VERSION))
                .isInstanceOfSatisfying(ManagementException.class,
                        refused -> assertThat(refused.getValue().getCode()).isEqualTo("MarketplaceSyndicationDisabled"));
        assertThatThrownBy(() -> arm.genericResources().getById(MarketplaceProducts.productId(open.id(), "Contoso.Nothing"), API_VERSION))
                .isInstanceOfSatisfying(ManagementException.class,
                        refused -> assertThat(refused.getValue().getCode()).isEqualTo("ResourceNotFound"));
    }

    private static String token(boolean syndication) {
        RegistrationTokenContent sample = StampTokens.content(CloudId.of(UUID.randomUUID().toString()), BillingModel.Development);
        return azure.fake.tokenCodec().encode(new RegistrationTokenContent(sample.cloudId(), sample.objectId(), sample.billingModel(),
                sample.usageReportingEnabled(), syndication, sample.agreementNumber(), sample.msAssetTag(), sample.hardwareInfo(),
                sample.issuer(), sample.version()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(GenericResource resource) {
        return (Map<String, Object>) resource.properties();
    }
}
