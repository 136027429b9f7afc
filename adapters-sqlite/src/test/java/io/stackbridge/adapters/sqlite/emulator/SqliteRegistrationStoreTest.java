package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.StampTokens;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Registrations in SQLite: whole (nodes, tags, token), found in any case, listed by name, replaced with their nodes. */
class SqliteRegistrationStoreTest {

    private static final ObjectId OBJECT = ObjectId.of("aaaaaaaa-0004-4000-8000-000000000001");

    private final SqliteDatabase database = SqliteDatabase.inMemory();
    private final SqliteRegistrationStore store = new SqliteRegistrationStore(database);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_registration_comes_back_whole_and_is_found_in_any_case_by_key_and_cloud() {
        NodeHardware node = new NodeHardware("node01", "u-1", 8, List.of("bios&1"), List.of("nic=1", "nic2"), List.empty(), List.of(""),
                List.of("m"));
        RegistrationTokenContent token = StampTokens.forObject(OBJECT).build();
        RegistrationTokenContent withNodes = new RegistrationTokenContent(token.cloudId(), token.objectId(), token.billingModel(),
                token.usageReportingEnabled(), token.marketplaceSyndicationEnabled(), token.agreementNumber(), token.msAssetTag(),
                List.of(node, node), token.issuer(), token.version());
        Registration written = new Registration(RegistrationKey.of("AAAAAAAA-0002-4000-8000-000000000001", "AzureStack", "Stamp-One"),
                withNodes, LinkedHashMap.of("b", "2", "a", "1"), ETag.from(UUID.randomUUID()));

        store.save(written);

        Registration read = store.find(RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "azurestack", "stamp-one")).get();
        assertThat(read).isEqualTo(written);
        assertThat(read.key().name().value()).isEqualTo("Stamp-One");
        assertThat(read.token().hardwareInfo()).isEqualTo(List.of(node, node));
        assertThat(read.tags().toList()).isEqualTo(written.tags().toList());
        assertThat(store.withCloudId(token.cloudId())).contains(written);
    }

    @Test
    void saving_under_the_same_key_replaces_the_row_and_its_nodes_and_a_subscription_lists_by_name() {
        RegistrationKey b = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "b-stamp");
        RegistrationKey a = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "other-rg", "A-stamp");
        Registration first = Registration.create(b, StampTokens.forObject(OBJECT).build(), ETag.from(UUID.randomUUID()));
        Registration second = first.withToken(StampTokens.forObject(OBJECT).build(), ETag.from(UUID.randomUUID()));
        store.save(first);
        store.save(second);
        store.save(Registration.create(a, StampTokens.forObject(OBJECT).build(), ETag.from(UUID.randomUUID())));

        assertThat(store.inSubscription(b.subscriptionId()).map(Registration::key)).containsExactly(a, b);
        assertThat(store.find(b)).contains(second);
        long nodes = database.inTransaction(connection -> Sql.number(connection, "SELECT COUNT(*) FROM registration_nodes"));
        assertThat(nodes).as("the replaced row's nodes went with it").isEqualTo(2L * second.token().hardwareInfo().size());

        store.delete(b);
        assertThat(store.find(b)).isEmpty();
        assertThat(store.inSubscription(b.subscriptionId()).map(Registration::key)).containsExactly(a);
    }

    @Test
    void registrations_listed_together_each_come_back_with_their_own_nodes_in_order() {
        RegistrationKey a = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "a-stamp");
        RegistrationKey b = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "b-stamp");
        RegistrationKey none = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "c-stamp");
        Registration first = Registration.create(b, withNodes(node("b-1"), node("b-2"), node("b-3")), ETag.from(UUID.randomUUID()));
        Registration second = Registration.create(a, withNodes(node("a-1")), ETag.from(UUID.randomUUID()));
        Registration third = Registration.create(none, withNodes(), ETag.from(UUID.randomUUID()));
        store.save(first);
        store.save(second);
        store.save(third);

        assertThat(store.inSubscription(a.subscriptionId())).containsExactly(second, first, third);
        assertThat(store.withCloudId(first.token().cloudId())).contains(first);
        assertThat(store.find(none).get().token().hardwareInfo()).isEmpty();
    }

    private static NodeHardware node(String name) {
        return new NodeHardware(name, "u-" + name, 4, List.of("bios"), List.of("nic"), List.of("cpu"), List.of("disk"), List.of("m"));
    }

    private static RegistrationTokenContent withNodes(NodeHardware... nodes) {
        RegistrationTokenContent token = StampTokens.forObject(OBJECT).build();
        return new RegistrationTokenContent(token.cloudId(), token.objectId(), token.billingModel(), token.usageReportingEnabled(),
                token.marketplaceSyndicationEnabled(), token.agreementNumber(), token.msAssetTag(), List.of(nodes), token.issuer(),
                token.version());
    }

    @Test
    void every_registration_of_every_subscription_is_listed_by_subscription_resource_group_and_name() {
        RegistrationKey laterSubscription = RegistrationKey.of("bbbbbbbb-0002-4000-8000-000000000001", "a-rg", "a-stamp");
        RegistrationKey otherGroup = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "Z-rg", "a-stamp");
        RegistrationKey second = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "rg", "B-stamp");
        RegistrationKey first = RegistrationKey.of("AAAAAAAA-0002-4000-8000-000000000001", "rg", "a-stamp");
        for (RegistrationKey key : List.of(laterSubscription, otherGroup, second, first)) {
            store.save(Registration.create(key, StampTokens.forObject(OBJECT).build(), ETag.from(UUID.randomUUID())));
        }

        assertThat(store.all().map(Registration::key)).containsExactly(first, second, otherGroup, laterSubscription);
    }
}
