package io.stackbridge.adapters.fakeazure.service;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.junit.FakeAzure;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.EA_REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** A stamp's cloud is registered once: not under a second name, nor in a second subscription. */
class CloudRegisteredInTwoSubscriptionsTest {

    private final FakeAzure azure = FakeAzure.start();

    @Test
    void a_cloud_registered_in_one_subscription_cannot_be_registered_in_another() {
        Stamp stamp = Stamp.payAsYouUse(azure);
        RegistrationKey elsewhere = new RegistrationKey(EA_REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP,
                RegistrationName.conventionalFor(stamp.token().cloudId()));

        var second = azure.registrations().createOrUpdate(elsewhere, Stamp.encoded(azure, stamp.token()));

        assertThat(second.isLeft()).as("second registration of the same cloud: %s", second).isTrue();
        assertThat(second.getLeft().code()).isEqualTo(ErrorCode.CloudIdAlreadyRegistered);
    }
}
