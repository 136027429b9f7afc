package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.fakeazure.identity.RsaTokenSigning;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureModule;
import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.fakeazure.wiring.InProcessPortsModule;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.emulator.SqliteEmulatorState;
import io.stackbridge.adapters.sqlite.emulator.SqliteSigningKey;
import io.stackbridge.adapters.sqlite.emulator.SqliteWorldChanges;
import jakarta.inject.Singleton;

/**
 * A fake Azure whose registrations, tenants, approvals, resource groups, providers, world changes,
 * usage ledger and signing key live in a SQLite database, so that they survive a restart
 * ({@code serve --data-dir}); faults, journal and clock offset stay in memory, as in the in-memory fake.
 */
@Singleton
@Component(modules = {FakeAzureModule.class, DurableStateModule.class, CloudUseCasesModule.class, AdminUseCasesModule.class,
        InProcessPortsModule.class})
public interface DurableAzureComponent extends FakeAzureComponent {

    SqliteEmulatorState tables();

    SqliteWorldChanges worldChanges();

    /**
     * The fake over {@code database}: seeded from the settings' world on the database's first start,
     * then with the world changes kept in it put back over that world, signing with the key it keeps.
     */
    static DurableAzureComponent open(FakeAzureSettings settings, SqliteDatabase database) {
        RsaTokenSigning signing = RsaTokenSigning.withPrivateJwk(
                new SqliteSigningKey(database).keep(() -> RsaTokenSigning.generated().privateJwk()));
        DurableAzureComponent component = DaggerDurableAzureComponent.factory().create(settings, database, signing);
        component.tables().seedOnce(settings.world());
        component.worldChanges().replayInto(component.world());
        return component;
    }

    /** Makes the fake from its settings, its open database and the signing key kept in it. */
    @Component.Factory
    interface Factory {
        DurableAzureComponent create(@BindsInstance FakeAzureSettings settings, @BindsInstance SqliteDatabase database,
                                     @BindsInstance RsaTokenSigning signing);
    }
}
