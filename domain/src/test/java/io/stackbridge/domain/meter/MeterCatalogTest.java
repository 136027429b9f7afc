package io.stackbridge.domain.meter;

import io.stackbridge.domain.id.MeterId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MeterCatalogTest {

    private final MeterCatalog catalog = MeterCatalog.standard();

    @Test
    void the_catalog_holds_every_published_meter_with_a_fixed_id() {
        assertThat(catalog.size()).isEqualTo(69);
        assertThat(catalog.all().filter(Meter::deprecated)).hasSize(18);
        assertThat(catalog.active()).hasSize(51);
    }

    @Test
    void meter_ids_are_unique_even_ignoring_case_and_dashes() {
        assertThat(catalog.all().map(meter -> meter.id().key())).doesNotHaveDuplicates();
    }

    @Test
    void every_meter_has_a_name_an_area_and_a_unit_column() {
        assertThat(catalog.all()).allSatisfy(meter -> {
            assertThat(meter.name()).isNotBlank();
            assertThat(meter.area()).isNotBlank();
        });
        assertThat(catalog.all().map(Meter::area).distinct())
                .containsExactly("Network", "Storage", "Compute", "Managed Disks", "SQL RP", "MySQL RP", "Event Hubs", "Key Vault", "App Service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5", "fab6eb84-500b-4a09-a8ca-7358f8bbaea5", "FAB6EB84500B4A09A8CA7358F8BBAEA5"})
    void a_meter_is_found_with_or_without_dashes_in_any_case(String id) {
        Meter meter = catalog.find(id).get();

        assertThat(meter.name()).isEqualTo("Base VM Size Hours");
        assertThat(meter.unit()).isEqualTo("virtual core hours");
        assertThat(meter.id().value()).isEqualTo("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");
    }

    @Test
    void the_network_meters_published_without_dashes_are_found_with_dashes_too() {
        assertThat(catalog.find(MeterId.of("f271a8a3-88c4-4d93-956a-063e1d2fa80b")).map(Meter::name)).contains("Static IP Address Usage");
    }

    @Test
    void deprecated_meters_are_marked() {
        assertThat(catalog.find("5d76e09f-4567-452a-94cc-7d1f097761f0").get().deprecated()).isTrue();
        assertThat(catalog.find("380874f9-300c-48e0-95a0-d2d9a21ade8f").get().deprecated()).isFalse();
    }

    @Test
    void unknown_or_malformed_ids_find_nothing() {
        assertThat(catalog.find("00000000-0000-0000-0000-000000000000").isEmpty()).isTrue();
        assertThat(catalog.find("not-a-meter").isEmpty()).isTrue();
    }
}
