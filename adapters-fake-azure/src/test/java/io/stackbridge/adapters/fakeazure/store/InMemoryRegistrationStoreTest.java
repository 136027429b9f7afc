package io.stackbridge.adapters.fakeazure.store;

import io.stackbridge.application.contract.StampTokens;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every registration in memory, whatever its subscription, in the order SQLite lists them too. */
class InMemoryRegistrationStoreTest {

    private static final ObjectId OBJECT = ObjectId.of("aaaaaaaa-0004-4000-8000-000000000001");

    @Test
    void every_registration_of_every_subscription_is_listed_by_subscription_resource_group_and_name() {
        InMemoryRegistrationStore store = new InMemoryRegistrationStore();
        RegistrationKey laterSubscription = RegistrationKey.of("bbbbbbbb-0002-4000-8000-000000000001", "a-rg", "a-stamp");
        RegistrationKey otherGroup = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "Z-rg", "a-stamp");
        RegistrationKey second = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "B-stamp");
        RegistrationKey first = RegistrationKey.of("AAAAAAAA-0002-4000-8000-000000000001", "rg", "a-stamp");
        assertThat(store.all()).isEmpty();
        for (RegistrationKey key : List.of(laterSubscription, otherGroup, second, first)) {
            store.save(Registration.create(key, StampTokens.forObject(OBJECT).build(), ETag.from(UUID.randomUUID())));
        }

        assertThat(store.all().map(Registration::key)).containsExactly(first, second, otherGroup, laterSubscription);
        store.reset();
        assertThat(store.all()).isEmpty();
    }
}
