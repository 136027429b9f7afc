package io.stackbridge.adapters.http.server.arm;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

class ResourceRoutesTest extends EmulatorTestBase {

    private static final String RESOURCES = "?api-version=2025-04-01";
    private static final String NEW_SUBSCRIPTION = "12345678-0002-4000-8000-000000000001";

    @Test
    void the_provider_is_registered_and_read_back() {
        String provider = "/subscriptions/" + NEW_SUBSCRIPTION + "/providers/Microsoft.AzureStack";
        Response before = emulator.http.get(provider + RESOURCES);
        Response registered = emulator.http.post(provider + "/register" + "?api-version=2021-04-01", null);
        Response after = emulator.http.get(provider + RESOURCES);

        assertThat(before.json().path("registrationState").asText()).isEqualTo("NotRegistered");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(after.json().path("registrationState").asText()).isEqualTo("Registered");
        assertThat(after.json().path("namespace").asText()).isEqualTo("Microsoft.AzureStack");
        assertThat(after.json().path("id").asText()).isEqualTo(provider);
    }

    @Test
    void resource_groups_are_created_read_and_deleted_under_either_spelling() {
        String group = "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/rg-one";
        Response created = emulator.http.put(group + RESOURCES, "{\"location\":\"westeurope\",\"tags\":{\"a\":\"b\"}}");
        Response updated = emulator.http.put(group.replace("resourcegroups", "resourceGroups") + RESOURCES, "{\"location\":\"westeurope\"}");
        Response read = emulator.http.get(group.replace("resourcegroups", "resourceGroups") + RESOURCES);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("type").asText()).isEqualTo("Microsoft.Resources/resourceGroups");
        assertThat(created.json().path("properties").path("provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(read.json().path("location").asText()).isEqualTo("westeurope");
        assertThat(emulator.http.delete(group + RESOURCES).status()).isEqualTo(200);
        assertThat(emulator.http.delete(group + RESOURCES).status()).isEqualTo(204);
        assertThat(emulator.http.get(group + RESOURCES).code()).isEqualTo("ResourceGroupNotFound");
    }

    @Test
    void the_operations_list_names_the_provider_operations() {
        Response operations = emulator.http.get("/providers/Microsoft.AzureStack/operations?api-version=2022-06-01");
        List<String> names = new ArrayList<>();
        operations.json().path("value").forEach(operation -> names.add(operation.path("name").asText()));

        assertThat(operations.status()).isEqualTo(200);
        assertThat(names).contains("Microsoft.AzureStack/registrations/read", "Microsoft.AzureStack/register/action",
                "Microsoft.AzureStack/registrations/customerSubscriptions/write");
        assertThat(operations.json().path("value").get(0).path("origin").asText()).isEqualTo("user,system");
        assertThat(operations.json().path("value").get(0).path("display").path("provider").asText())
                .isEqualTo("Azure Stack Resource Provider");
    }
}
