package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.Actor;
import io.stackbridge.domain.linked.ActorType;
import io.stackbridge.domain.linked.LinkedDevice;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.stackbridge.domain.linked.SystemData;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of linked subscriptions promises ({@link LinkedSubscriptionStorePort}): a saved
 * link comes back equal, found by its key in any case; the last save under a key wins; lists are
 * scoped and ordered by name, then resource group; a deleted link is gone.
 */
public abstract class LinkedSubscriptionStoreContract {

    static final String SUBSCRIPTION = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String OTHER_SUBSCRIPTION = "0c4b4d3f-6a0e-4f5c-9a48-1f1e4c2c2d11";

    /** A fresh, empty store; called once per test. */
    protected abstract LinkedSubscriptionStorePort createStore();

    @Test
    void a_saved_link_comes_back_equal_whatever_the_case_of_its_key() {
        LinkedSubscriptionStorePort store = createStore();
        LinkedSubscription link = link(SUBSCRIPTION, "azurestack", "testLinkedSubscription", "\"a\"");

        store.save(link);

        assertThat(store.find(LinkedSubscriptionKey.of(SUBSCRIPTION, "AZURESTACK", "testlinkedsubscription"))).contains(link);
        assertThat(store.find(LinkedSubscriptionKey.of(SUBSCRIPTION, "azurestack", "another"))).isEmpty();
    }

    @Test
    void the_last_save_under_a_key_wins() {
        LinkedSubscriptionStorePort store = createStore();
        LinkedSubscription last = link(SUBSCRIPTION, "azurestack", "link", "\"b\"");

        store.save(link(SUBSCRIPTION, "azurestack", "link", "\"a\""));
        store.save(last);

        assertThat(store.find(last.key())).contains(last);
        assertThat(store.inSubscription(SubscriptionId.of(SUBSCRIPTION))).containsExactly(last);
    }

    @Test
    void lists_are_scoped_to_their_subscription_or_group_and_ordered_by_name() {
        LinkedSubscriptionStorePort store = createStore();
        LinkedSubscription b = link(SUBSCRIPTION, "one", "b-link", "\"1\"");
        LinkedSubscription a = link(SUBSCRIPTION, "two", "A-link", "\"2\"");
        LinkedSubscription c = link(SUBSCRIPTION, "one", "c-link", "\"3\"");
        store.save(b);
        store.save(a);
        store.save(c);
        store.save(link(OTHER_SUBSCRIPTION, "one", "elsewhere", "\"4\""));

        assertThat(store.inSubscription(SubscriptionId.of(SUBSCRIPTION))).containsExactly(a, b, c);
        assertThat(store.inResourceGroup(SubscriptionId.of(SUBSCRIPTION), ResourceGroupName.of("ONE"))).containsExactly(b, c);
        assertThat(store.inResourceGroup(SubscriptionId.of(SUBSCRIPTION), ResourceGroupName.of("three"))).isEmpty();
    }

    @Test
    void links_of_one_name_in_several_groups_are_ordered_by_group() {
        LinkedSubscriptionStorePort store = createStore();
        LinkedSubscription inZulu = link(SUBSCRIPTION, "zulu", "same", "\"1\"");
        LinkedSubscription inAlpha = link(SUBSCRIPTION, "Alpha", "same", "\"2\"");
        LinkedSubscription inMike = link(SUBSCRIPTION, "mike", "same", "\"3\"");
        store.save(inZulu);
        store.save(inAlpha);
        store.save(inMike);

        assertThat(store.inSubscription(SubscriptionId.of(SUBSCRIPTION))).containsExactly(inAlpha, inMike, inZulu);
    }

    @Test
    void a_deleted_link_is_gone_and_its_neighbours_stay() {
        LinkedSubscriptionStorePort store = createStore();
        LinkedSubscription kept = link(SUBSCRIPTION, "azurestack", "kept", "\"1\"");
        LinkedSubscription gone = link(SUBSCRIPTION, "azurestack", "gone", "\"2\"");
        store.save(kept);
        store.save(gone);

        store.delete(LinkedSubscriptionKey.of(SUBSCRIPTION, "azurestack", "GONE"));

        assertThat(store.find(gone.key())).isEmpty();
        assertThat(store.inSubscription(SubscriptionId.of(SUBSCRIPTION))).containsExactly(kept);
    }

    static LinkedSubscription link(String subscription, String group, String name, String etag) {
        Instant created = Instant.parse("2021-01-02T01:30:12.694Z");
        Instant modified = Instant.parse("2021-01-13T05:31:13.694Z");
        SystemData systemData = new SystemData(new Actor("7da744bc-e8f6-4396-a0a3-097b8df66e67", ActorType.ManagedIdentity), created,
                new Actor("someone@example.com", ActorType.User), modified);
        return new LinkedSubscription(LinkedSubscriptionKey.of(subscription, group, name), "eastus",
                SubscriptionId.of("104fbb77-2b0e-476a-83de-65ad8acd1f0b"), RegistrationKey.of(subscription, "azurestack", "testRegistration"),
                new LinkedDevice(CloudId.of("31a23215-0001-4bc4-6043-5a4f1f92d262"), ObjectId.of("fdf80468-06f7-432f-b666-9df9786897f7"),
                        created),
                systemData, new ETag(etag));
    }
}
