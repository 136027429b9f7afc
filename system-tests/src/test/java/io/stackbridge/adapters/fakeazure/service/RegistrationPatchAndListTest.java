package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.contract.StampTokens;
import io.stackbridge.application.port.in.registration.ListRegistrationsUseCase.Scope;
import io.stackbridge.application.port.in.registration.UpdateRegistrationUseCase.Command;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** What the bridge's ports never call: PATCH of tags, and listing by resource group or subscription. */
class RegistrationPatchAndListTest {

    private static final ResourceGroupName SECOND_GROUP = ResourceGroupName.of("azurestack-second");

    private final FakeAzure azure = FakeAzure.start();

    private Stamp inGroup(ResourceGroupName group) {
        return Stamp.registered(azure, REGISTRATION_SUBSCRIPTION, group, StampTokens.forObject(DefaultWorld.BRIDGE_OBJECT_ID).build());
    }

    private List<RegistrationName> names(Scope scope) {
        return azure.cloud().listRegistrations().list(scope).get().map(registration -> registration.key().name());
    }

    @Test
    void patching_tags_replaces_them_and_keeps_the_token() {
        Stamp stamp = Stamp.payAsYouUse(azure);

        Registration patched = azure.cloud().updateRegistration().update(new Command(stamp.key(), Option.none(),
                Option.some(LinkedHashMap.of("team", "ops", "site", "lyon")), Option.none())).get();

        assertThat(patched.tags().toJavaMap()).containsOnlyKeys("team", "site").containsEntry("site", "lyon");
        assertThat(patched.token()).isEqualTo(stamp.token());
        assertThat(azure.cloud().getRegistration().get(stamp.key()).get().tags()).isEqualTo(patched.tags());
    }

    @Test
    void patching_with_a_token_of_another_cloud_is_refused_and_a_missing_registration_is_not_found() {
        Stamp stamp = Stamp.payAsYouUse(azure);
        String otherCloud = Stamp.encoded(azure, StampTokens.forObject(DefaultWorld.BRIDGE_OBJECT_ID).build());
        RegistrationKey missing = new RegistrationKey(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP, RegistrationName.of("missing"));

        assertThat(azure.cloud().updateRegistration().update(new Command(stamp.key(), Option.some(otherCloud), Option.none(),
                Option.none())).getLeft().code()).isEqualTo(ErrorCode.CloudIdUpdateNotAllowed);
        assertThat(azure.cloud().updateRegistration().update(new Command(missing, Option.none(),
                Option.some(LinkedHashMap.empty()), Option.none())).getLeft().code()).isEqualTo(ErrorCode.ResourceNotFound);
    }

    @Test
    void listing_by_resource_group_shows_that_group_only_and_by_subscription_all_ordered_by_name() {
        azure.cloud().createOrUpdateResourceGroup().createOrUpdate(new ResourceGroup(REGISTRATION_SUBSCRIPTION, SECOND_GROUP, null, null))
                .get();
        List<RegistrationName> first = List.of(inGroup(RESOURCE_GROUP), inGroup(RESOURCE_GROUP)).map(stamp -> stamp.key().name());
        RegistrationName second = inGroup(SECOND_GROUP).key().name();

        assertThat(names(new Scope(REGISTRATION_SUBSCRIPTION, Option.some(RESOURCE_GROUP))))
                .containsExactlyElementsOf(first.sortBy(RegistrationName::key));
        assertThat(names(new Scope(REGISTRATION_SUBSCRIPTION, Option.some(SECOND_GROUP)))).containsExactly(second);
        assertThat(names(new Scope(REGISTRATION_SUBSCRIPTION, Option.none())))
                .containsExactlyElementsOf(first.append(second).sortBy(RegistrationName::key));
    }

    @Test
    void listing_a_missing_resource_group_is_refused_and_an_empty_subscription_lists_nothing() {
        var missing = azure.cloud().listRegistrations().list(new Scope(REGISTRATION_SUBSCRIPTION, Option.some(ResourceGroupName.of("nope"))));

        assertThat(missing.getLeft().code()).isEqualTo(ErrorCode.ResourceGroupNotFound);
        assertThat(names(new Scope(new SubscriptionId(Guid.random()), Option.none()))).isEmpty();
    }
}
