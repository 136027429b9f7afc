package io.stackbridge.adapters.fakeazure.world;

import io.stackbridge.adapters.support.world.WorldFile;
import io.stackbridge.domain.arm.ProviderRegistration;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.directory.OfferType;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.stackbridge.domain.world.World;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

class WorldFileTest {

    private static Seq<String> problems(String json) {
        return WorldFile.parse(json).getLeft().map(problem -> problem.field() + " " + problem.rule());
    }

    private static Option<DirectorySubscription> subscription(World world, io.stackbridge.domain.id.SubscriptionId id) {
        return world.subscriptions().find(entry -> entry.id().equals(id));
    }

    @Test
    void the_default_world_loads_and_has_one_subscription_for_every_tenant_code() {
        World world = DefaultWorld.world();

        assertThat(subscription(world, REGISTRATION_SUBSCRIPTION).get().cspPartner()).contains(PARTNER);
        assertThat(subscription(world, REGISTRATION_SUBSCRIPTION).get().tenant()).isEqualTo(PARTNER_TENANT);
        assertThat(subscription(world, CONTOSO_SUBSCRIPTION).get().tenant()).isEqualTo(CONTOSO_TENANT);
        assertThat(subscription(world, FABRIKAM_SUBSCRIPTION).get().tenant()).isEqualTo(FABRIKAM_TENANT);
        assertThat(subscription(world, FABRIKAM_SUBSCRIPTION).get().cspPartner()).contains(PARTNER);
        assertThat(subscription(world, OTHER_PARTNER_SUBSCRIPTION).get().cspPartner()).contains(OTHER_PARTNER);
        assertThat(subscription(world, EA_CUSTOMER_SUBSCRIPTION).get().offer()).isEqualTo(OfferType.EA);
        assertThat(subscription(world, EA_REGISTRATION_SUBSCRIPTION).get().offer()).isEqualTo(OfferType.EA);
        assertThat(subscription(world, UNKNOWN_SUBSCRIPTION).isEmpty()).isTrue();
    }

    @Test
    void the_default_world_has_the_bridge_principal_a_disabled_one_and_two_ready_resource_groups() {
        World world = DefaultWorld.world();
        ServicePrincipal bridge = world.principals().find(principal -> principal.clientId().equals(BRIDGE_CLIENT_ID)).get();

        assertThat(bridge.tenantId()).isEqualTo(PARTNER_TENANT);
        assertThat(bridge.objectId()).isEqualTo(BRIDGE_OBJECT_ID);
        assertThat(bridge.secret().matches(BRIDGE_SECRET)).isTrue();
        assertThat(bridge.enabled()).isTrue();
        assertThat(world.principals().find(principal -> principal.clientId().equals(DISABLED_CLIENT_ID)).get().enabled()).isFalse();
        assertThat(world.resourceGroups().map(group -> group.subscriptionId() + "/" + group.name() + "@" + group.location()))
                .containsExactlyInAnyOrder(REGISTRATION_SUBSCRIPTION + "/azurestack@westcentralus",
                        EA_REGISTRATION_SUBSCRIPTION + "/azurestack@westcentralus");
        assertThat(world.providers().map(ProviderRegistration::subscriptionId))
                .containsExactlyInAnyOrder(REGISTRATION_SUBSCRIPTION, EA_REGISTRATION_SUBSCRIPTION);
    }

    @Test
    void a_world_written_as_json_loads_back_equal() {
        World world = DefaultWorld.world();

        assertThat(WorldFile.parse(WorldFile.toJson(world)).get()).isEqualTo(world);
    }

    @Test
    void an_empty_object_is_an_empty_world() {
        assertThat(WorldFile.parse("{}").get()).isEqualTo(World.EMPTY);
    }

    @Test
    void a_bad_world_file_reports_every_problem_at_once_with_its_json_path() {
        String json = """
                {
                  "subscriptions": [
                    {"id": "aaaaaaaa-0002-4000-8000-000000000001", "offerType": "CSP", "cspPartnerId": "p", "tenantId": "aaaaaaaa-0001-4000-8000-000000000001"},
                    {"id": "not-a-guid", "offerType": "Enterprise", "tenantId": 42},
                    {"id": "aaaaaaaa-0002-4000-8000-000000000003", "offerType": "CSP", "tenantId": "aaaaaaaa-0001-4000-8000-000000000001", "tenantID": "x"}
                  ],
                  "principals": [{"tenantId": "aaaaaaaa-0001-4000-8000-000000000001", "clientId": "c", "objectId": "aaaaaaaa-0004-4000-8000-000000000001", "enabled": "yes"}],
                  "resourceGroups": [{"subscriptionId": "aaaaaaaa-0002-4000-8000-000000000001", "name": "bad name."}],
                  "registeredProviders": "Microsoft.AzureStack",
                  "principal": []
                }
                """;

        assertThat(problems(json)).containsExactly(
                "subscriptions[1].id NOT_A_GUID",
                "subscriptions[1].offerType UNKNOWN_VALUE",
                "subscriptions[1].tenantId WRONG_TYPE",
                "subscriptions[2].cspPartnerId REQUIRED",
                "subscriptions[2].tenantID UNKNOWN_VALUE",
                "principals[0].clientId NOT_A_GUID",
                "principals[0].secret REQUIRED",
                "principals[0].enabled WRONG_TYPE",
                "resourceGroups[0].name INVALID_CHARACTERS",
                "resourceGroups[0].name ENDS_WITH_PERIOD",
                "registeredProviders WRONG_TYPE",
                "principal UNKNOWN_VALUE");
    }

    @Test
    void entries_that_are_not_objects_are_named_by_their_index() {
        assertThat(problems("{\"subscriptions\": [{\"id\": \"aaaaaaaa-0002-4000-8000-000000000001\"}, 3]}")).containsExactly(
                "subscriptions[0].offerType REQUIRED", "subscriptions[0].tenantId REQUIRED", "subscriptions[1] WRONG_TYPE");
    }

    @Test
    void text_that_is_not_json_is_a_malformed_document_with_its_line() {
        Violation problem = WorldFile.parse("{\n  \"subscriptions\": [\n  }\n").getLeft().single();

        assertThat(problem.field()).isEqualTo("world");
        assertThat(problem.rule()).isEqualTo(Rule.MALFORMED_DOCUMENT);
        assertThat(problem.ruleArguments().head()).isEqualTo("3");
        assertThat(problems("[]")).as("not quoted back: a world file holds secrets").containsExactly("world SECRET_WRONG_TYPE");
        assertThat(problems("")).containsExactly("world MALFORMED_DOCUMENT");
    }
}
