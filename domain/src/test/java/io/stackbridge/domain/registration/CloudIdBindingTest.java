package io.stackbridge.domain.registration;

import io.stackbridge.domain.error.RegistrationError.CloudIdAlreadyRegistered;
import io.stackbridge.domain.error.RegistrationError.CloudIdUpdateNotAllowed;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.stackbridge.domain.registration.TokenFieldsBuilder.aToken;
import static org.assertj.core.api.Assertions.assertThat;

class CloudIdBindingTest {

    private static final String SUBSCRIPTION = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    private static final String OTHER_CLOUD = "69464895-3a1a-450a-9824-4b7608d9203f";
    private static final RegistrationKey KEY = RegistrationKey.of(SUBSCRIPTION, "azurestack", "reg");

    private static Registration existing(RegistrationKey key, String cloudId) {
        return Registration.create(key, aToken().cloudId(cloudId).content(), ETag.from(UUID.randomUUID()));
    }

    @Test
    void a_new_name_for_a_new_cloud_is_accepted() {
        var token = aToken().content();

        assertThat(CloudIdBinding.check(KEY, token, Option.none(), List.empty()).get()).isEqualTo(token);
    }

    @Test
    void re_registering_the_same_cloud_under_the_same_name_is_accepted() {
        var current = existing(KEY, TokenFieldsBuilder.CLOUD_ID);

        assertThat(CloudIdBinding.check(KEY, aToken().content(), Option.some(current), List.of(current)).isRight()).isTrue();
    }

    @Test
    void a_name_cannot_move_to_another_cloud() {
        var current = existing(KEY, OTHER_CLOUD);

        var error = CloudIdBinding.check(KEY, aToken().content(), Option.some(current), List.of(current)).getLeft();

        assertThat(error).isInstanceOf(CloudIdUpdateNotAllowed.class);
        assertThat(error.arguments().map(String::valueOf)).containsExactly("reg", OTHER_CLOUD, TokenFieldsBuilder.CLOUD_ID);
    }

    @Test
    void a_cloud_cannot_be_registered_in_another_subscription_either() {
        var other = existing(RegistrationKey.of("e09a4e93-29a7-4eba-a6d4-76202383f07f", "azurestack", "reg"), TokenFieldsBuilder.CLOUD_ID);

        var error = CloudIdBinding.check(KEY, aToken().content(), Option.none(), List.of(other)).getLeft();

        assertThat(error).isInstanceOf(CloudIdAlreadyRegistered.class);
        assertThat(error.arguments().get(2).toString()).isEqualTo("e09a4e93-29a7-4eba-a6d4-76202383f07f");
    }

    @Test
    void a_cloud_cannot_be_registered_twice_in_a_subscription() {
        var other = existing(RegistrationKey.of(SUBSCRIPTION, "other-rg", "first"), TokenFieldsBuilder.CLOUD_ID);

        var error = CloudIdBinding.check(KEY, aToken().content(), Option.none(), List.of(other)).getLeft();

        assertThat(error).isEqualTo(new CloudIdAlreadyRegistered(other.cloudId(), other.key()));
    }
}
