package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.fakeazure.wiring.AdminUseCasesModule;
import io.stackbridge.adapters.fakeazure.wiring.CloudUseCasesModule;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureComponent;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureModule;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.fakeazure.wiring.InProcessPortsModule;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.emulator.SqliteEmulatorState;
import io.stackbridge.adapters.sqlite.emulator.SqliteWorldChanges;
import jakarta.inject.Singleton;

/**
 * A fake Azure whose registrations, tenants, approvals, resource groups, providers, world changes
 * and usage ledger live in a SQLite database, so that they survive a restart ({@code serve --data-dir});
 * faults, journal and clock offset stay in memory, as they do in the in-memory fake.
 */
@Singleton
@Component(modules = {FakeAzureModule.class, DurableStateModule.class, CloudUseCasesModule.class, AdminUseCasesModule.class,
        InProcessPortsModule.class})
public interface DurableAzureComponent extends FakeAzureComponent {

    SqliteEmulatorState tables();

    SqliteWorldChanges worldChanges();

    /**
     * The fake over {@code database}: seeded from the settings' world on the database's first start,
     * then with the world changes kept in it put back over that world.
     */
    static DurableAzureComponent open(FakeAzureSettings settings, SqliteDatabase database) {
        DurableAzureComponent component = DaggerDurableAzureComponent.factory().create(settings, database);
        component.tables().seedOnce(settings.world());
        component.worldChanges().replayInto(component.world());
        return component;
    }

    /** Makes the fake from its settings and its open database. */
    @Component.Factory
    interface Factory {
        DurableAzureComponent create(@BindsInstance FakeAzureSettings settings, @BindsInstance SqliteDatabase database);
    }
}
