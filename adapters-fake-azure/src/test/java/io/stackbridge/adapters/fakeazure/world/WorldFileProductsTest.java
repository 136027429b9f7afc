package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.adapters.support.world.WorldFile;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.marketplace.CompatibilityIssue;
import io.stackbridge.domain.marketplace.CompatibilityRule;
import io.stackbridge.domain.marketplace.ConnectionRequirement;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.marketplace.DeviceVersion;
import io.stackbridge.domain.marketplace.IdentitySystem;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.marketplace.ProductKind;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional {@code products} section of the world file: the marketplace catalog. */
class WorldFileProductsTest {

    private static Seq<String> problems(String json) {
        return WorldFile.parse(json).getLeft().map(problem -> problem.field() + " " + problem.rule());
    }

    @Test
    void the_default_catalog_has_images_extensions_and_resource_providers_and_can_raise_every_issue() {
        List<Product> catalog = DefaultWorld.world().products();

        assertThat(catalog.size()).isBetween(10, 16);
        assertThat(catalog.map(Product::kind).distinct()).containsExactlyInAnyOrder(ProductKind.values());
        assertThat(catalog.map(Product::name)).contains("Microsoft.OSTCExtensions.VMAccessForLinux.1.4.7.1", "wordpress4-4");
        List<CompatibilityIssue> reachable = catalog.flatMap(product -> List.of("1.0", "9999.0").flatMap(version ->
                List.of(IdentitySystem.values()).flatMap(identity -> List.of(BillingModel.Capacity, BillingModel.PayAsYouUse,
                        BillingModel.Development).flatMap(model -> List.of(true, false).flatMap(reporting ->
                        CompatibilityRule.check(product, new DeviceConfiguration(Option.some(DeviceVersion.of(version)), Option.some(identity)),
                                registration(model, reporting)).issues()))))).distinct();
        assertThat(reachable).containsExactlyInAnyOrder(CompatibilityIssue.values());
    }

    @Test
    void a_world_without_products_has_an_empty_catalog_and_a_minimal_product_takes_the_defaults() {
        World world = WorldFile.parse("""
                {"products": [{"name": "Contoso.App.1.0", "productKind": "virtualMachine", "displayName": "Contoso App",
                  "publisherDisplayName": "Contoso", "publisherIdentifier": "contoso", "galleryItemIdentity": "contoso.app.1.0.0",
                  "version": "1.0.0", "payloadLength": 1024}]}""").get();
        Product product = world.products().head();

        assertThat(WorldFile.parse("{}").get().products()).isEmpty();
        assertThat(product.listing().offer()).isEmpty();
        assertThat(product.payload().dataDisks()).isZero();
        assertThat(product.constraints().billingModel()).isEmpty();
        assertThat(product.constraints().connection()).isEqualTo(ConnectionRequirement.None);
        assertThat(WorldFile.parse(WorldFile.toJson(world)).get()).isEqualTo(world);
    }

    @Test
    void a_bad_product_reports_every_problem_at_once_with_its_json_path() {
        String json = """
                {"products": [
                  {"name": "A", "productKind": "virtualMachine", "displayName": "A", "publisherDisplayName": "P",
                   "publisherIdentifier": "p", "galleryItemIdentity": "g", "version": "1", "payloadLength": 1},
                  {"name": "a", "productKind": "container", "displayName": "", "publisherDisplayName": "P", "publisherIdentifier": "p",
                   "galleryItemIdentity": "g", "version": "1", "payloadLength": -1, "vmOsType": "BeOS", "dataDisks": 99,
                   "compatibility": {"minDeviceVersion": "22H2", "billingModel": "Custom", "identitySystem": "LDAP",
                                     "connection": "Satellite", "colour": "blue"}, "size": 3}
                ]}""";

        assertThat(problems(json)).containsExactlyInAnyOrder(
                "products[1].productKind UNKNOWN_VALUE", "products[1].displayName REQUIRED", "products[1].payloadLength NEGATIVE",
                "products[1].vmOsType UNKNOWN_VALUE", "products[1].dataDisks OUT_OF_RANGE",
                "products[1].compatibility.minDeviceVersion WRONG_TYPE", "products[1].compatibility.billingModel UNKNOWN_VALUE",
                "products[1].compatibility.identitySystem UNKNOWN_VALUE", "products[1].compatibility.connection UNKNOWN_VALUE",
                "products[1].compatibility.colour UNKNOWN_VALUE", "products[1].size UNKNOWN_VALUE");
        assertThat(problems(json.replace("\"container\"", "\"virtualMachine\"").replace("\"displayName\": \"\"", "\"displayName\": \"a\"")
                .replace("-1", "1").replace("\"BeOS\"", "\"Linux\"").replace("99", "1")
                .replaceAll("\"compatibility\": \\{[^}]*}, \"size\": 3", "\"sku\": \"s\"")))
                .containsExactly("products[1].name DUPLICATE");
    }

    private static RegistrationTokenContent registration(BillingModel model, boolean usageReporting) {
        return new RegistrationTokenContent(CloudId.of("aaaaaaaa-0000-4000-8000-000000000001"), DefaultWorld.BRIDGE_OBJECT_ID,
                model, usageReporting, true, Option.none(), Option.none(), List.empty(), "stackbridge", "1.0");
    }
}
