package io.stackbridge.adapters.sqlite.contract;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.wiring.AdminUseCasesModule;
import io.stackbridge.adapters.cli.wiring.CloudUseCasesModule;
import io.stackbridge.adapters.cli.wiring.FakeAzureComponent;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureModule;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.fakeazure.wiring.InProcessPortsModule;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.emulator.SqliteEmulatorState;
import io.stackbridge.adapters.sqlite.emulator.SqliteWorldChanges;
import jakarta.inject.Singleton;

/** The fake Azure with its state in SQLite, composed for tests as the CLI's {@code SqliteFakeAzureComponent} composes it. */
@Singleton
@Component(modules = {FakeAzureModule.class, TestStateModule.class, CloudUseCasesModule.class, AdminUseCasesModule.class,
        InProcessPortsModule.class})
interface SqliteFakeAzureComponent extends FakeAzureComponent {

    SqliteEmulatorState tables();

    SqliteWorldChanges worldChanges();

    /** Seeded on the database's first start, then with its kept world changes put back. */
    static SqliteFakeAzureComponent open(FakeAzureSettings settings, SqliteDatabase database) {
        SqliteFakeAzureComponent component = DaggerSqliteFakeAzureComponent.factory().create(settings, database);
        component.tables().seedOnce(settings.world());
        component.worldChanges().replayInto(component.world());
        return component;
    }

    /** Makes the fake from its settings and its open database. */
    @Component.Factory
    interface Factory {
        SqliteFakeAzureComponent create(@BindsInstance FakeAzureSettings settings, @BindsInstance SqliteDatabase database);
    }
}
