package io.stackbridge.adapters.sqlite.stamp;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.StampStateSamples;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.bridge.BridgeHealth;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.Stamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the stamp's file is for: its identity, activation and the bridge's health are there after a restart. */
class StampStateRestartTest {

    @TempDir
    Path directory;

    @Test
    void the_stamp_its_activation_and_the_bridge_health_survive_closing_the_file() {
        Stamp setUp = StampStateSamples.stamp(BillingChoice.of(BillingModel.PayAsYouUse));
        Stamp saved = StampStateSamples.capacityStamp();
        Activation activation = StampStateSamples.activation(ActivationKeyClaims.NEVER);
        BridgeHealth health = BridgeHealth.NEW.failed(StampStateSamples.loginFailure()).succeededAt(StampStateSamples.T0);
        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("stamp.db"))) {
            new SqliteStampStore(database, setUp).save(saved);
            new SqliteActivationStore(database).save(activation);
            new SqliteBridgeHealth(database).update(current -> health);
        }

        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("stamp.db"))) {
            assertThat(new SqliteStampStore(database, setUp).stamp()).isEqualTo(saved);
            assertThat(new SqliteActivationStore(database).current()).contains(activation);
            assertThat(new SqliteBridgeHealth(database).read()).isEqualTo(health);
        }
    }
}
