package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.adapters.sqlite.wiring.SqliteStackModule;
import io.stackbridge.adapters.stamp.state.SkewableStampClock;
import io.stackbridge.adapters.stamp.state.StampTimeModule;
import io.stackbridge.adapters.stamp.usage.LocalDirectoryModule;
import io.stackbridge.adapters.stamp.usage.WorkloadSeed;
import io.stackbridge.domain.bridge.BridgeSettings;
import io.stackbridge.domain.stamp.Stamp;
import jakarta.inject.Singleton;

/**
 * A stamp kept in a data directory ({@code stamp.db}): its identity, activation, local usage, the
 * bridge's one outbox and health in SQLite, its units of work as transactions over that database (a
 * simulation stores and enqueues its records in one), the default local subscriptions, the stamp's
 * own clock, and the Azure it reaches.
 */
@Singleton
@Component(modules = {StackUseCasesModule.class, SqliteStackModule.class, StampTimeModule.class, LocalDirectoryModule.class,
        TokenCodecModule.class}, dependencies = AzureForStamp.class)
interface DurableStampComponent extends StackUseCases {

    /** The stamp's own clock, to set its drift. */
    SkewableStampClock skewableClock();

    static DurableStampComponent create(SqliteDatabase database, Stamp stamp, BridgeSettings settings, long seed,
                                        ProductGalleryPort gallery, AzureForStamp azure) {
        return DaggerDurableStampComponent.factory().create(database, stamp, settings, seed, gallery, azure);
    }

    /** Makes the stamp over its open database; {@code stamp} is the one it holds, or the one to create. */
    @Component.Factory
    interface Factory {
        DurableStampComponent create(@BindsInstance SqliteDatabase database, @BindsInstance Stamp stamp,
                                     @BindsInstance BridgeSettings settings, @BindsInstance @WorkloadSeed long seed,
                                     @BindsInstance ProductGalleryPort gallery, AzureForStamp azure);
    }
}
