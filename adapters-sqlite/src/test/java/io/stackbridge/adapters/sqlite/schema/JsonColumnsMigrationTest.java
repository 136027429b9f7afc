package io.stackbridge.adapters.sqlite.schema;

import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.emulator.SqliteResourceGroupStore;
import io.stackbridge.adapters.sqlite.stamp.SqliteStampStore;
import io.stackbridge.domain.arm.ResourceGroup;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.NodeHardware;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema step 7: a database written with form-encoded maps and lists opens with the same maps and lists, now JSON text. */
class JsonColumnsMigrationTest {

    private static final SubscriptionId SUBSCRIPTION = SubscriptionId.of("aaaaaaaa-0002-4000-8000-000000000001");
    private static final List<String> BIOS = List.of("a&b", "v=1", "", "100% é\n");
    private static final Map<String, String> TAGS = LinkedHashMap.of("z", "a=b&c", "", "", "é", "100% \n");

    @TempDir
    Path directory;

    @Test
    void form_encoded_lists_and_maps_read_back_the_same_after_the_migration() {
        Path file = directory.resolve("state.db");
        try (SqliteDatabase old = SqliteDatabase.open(file, Migrations.upTo(6))) {
            old.inTransaction(connection -> {
                Sql.update(connection, "INSERT INTO stamp VALUES (1, '5bf881b2-6be7-42a1-9f47-d6fcb6737747', 'PayAsYouUse', NULL, 1, NULL, "
                        + "NULL, 'https://login.example/', 'aaaaaaaa-0001-4000-8000-000000000001', 'aaaaaaaa-0003-4000-8000-000000000001', "
                        + "'aaaaaaaa-0004-4000-8000-000000000001', 'secret')");
                Sql.update(connection, "INSERT INTO stamp_nodes VALUES (1, 0, 'node-1', 'uuid-1', 16, ?, ?, ?, ?, ?)", FormEncoded.list(BIOS),
                        FormEncoded.list(List.of("")), FormEncoded.list(List.empty()), FormEncoded.list(List.of("ssd", "hdd")), "v=64GB");
                return Sql.update(connection, "INSERT INTO resource_groups VALUES (?, 'rg', ?, 'RG', 'local', ?)",
                        SUBSCRIPTION.guid().key(), SUBSCRIPTION.value(), FormEncoded.map(TAGS));
            });
        }

        try (SqliteDatabase migrated = SqliteDatabase.open(file)) {
            NodeHardware node = SqliteStampStore.saved(migrated).map(Stamp::nodes).get().single();
            assertThat(List.of(node.bios(), node.nic(), node.cpu(), node.disk(), node.memory()))
                    .containsExactly(BIOS, List.of(""), List.empty(), List.of("ssd", "hdd"), List.of("64GB"));
            ResourceGroup group = new SqliteResourceGroupStore(migrated).find(SUBSCRIPTION, ResourceGroupName.of("RG")).get();
            assertThat(group.tags().toList()).isEqualTo(TAGS.toList());
            List<String> readBySqlite = migrated.read(connection -> Sql.query(connection,
                    "SELECT json_extract(bios, '$[0]') || ' ' || json_array_length(cpu) || ' ' || json_extract(t.tags, '$.z') "
                            + "FROM stamp_nodes, resource_groups t", row -> row.getString(1)));
            assertThat(readBySqlite).containsExactly("a&b 0 a=b&c");
        }
    }
}
