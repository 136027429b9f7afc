package io.stackbridge.adapters.sqlite.contract;

import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.TestWorld;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.usage.LedgerTotal;
import io.vavr.collection.List;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_CLIENT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_OBJECT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_SECRET;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.DISABLED_CLIENT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.DISABLED_SECRET;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.EA_CUSTOMER_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.EA_REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.OTHER_PARTNER_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.PARTNER_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.UNKNOWN_SUBSCRIPTION;

/**
 * The fake Azure as {@code serve --data-dir} composes it, as an Azure under test: its state in a
 * SQLite file of a fresh temporary directory (removed on close), and a restart on the same file.
 */
public final class SqliteBackedAzure implements AzureUnderTest {

    /** The default world as the contract tests name it. */
    public static final TestWorld WORLD = new TestWorld(REGISTRATION_SUBSCRIPTION, EA_REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP,
            CONTOSO_SUBSCRIPTION, CONTOSO_TENANT, FABRIKAM_SUBSCRIPTION, FABRIKAM_TENANT, OTHER_PARTNER_SUBSCRIPTION,
            EA_CUSTOMER_SUBSCRIPTION, UNKNOWN_SUBSCRIPTION, PARTNER_TENANT, BRIDGE_CLIENT_ID, BRIDGE_OBJECT_ID, BRIDGE_SECRET,
            DISABLED_CLIENT_ID, DISABLED_SECRET);

    private final Path directory;
    private final SqliteDatabase database;
    private final SqliteFakeAzureComponent fake;

    private SqliteBackedAzure(Path directory, SqliteDatabase database, SqliteFakeAzureComponent fake) {
        this.directory = directory;
        this.database = database;
        this.fake = fake;
    }

    /** A fresh durable fake on the default world. */
    public static SqliteBackedAzure start() {
        try {
            Path directory = Files.createTempDirectory("stackbridge-durable-");
            SqliteDatabase database = SqliteDatabase.open(directory.resolve("emulator.db"));
            return new SqliteBackedAzure(directory, database, SqliteFakeAzureComponent.open(FakeAzureSettings.defaults(), database));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The same Azure after a restart: the database closed, opened again, and a new fake built over it. */
    public SqliteBackedAzure restarted() {
        database.close();
        SqliteDatabase reopened = SqliteDatabase.open(directory.resolve("emulator.db"));
        return new SqliteBackedAzure(directory, reopened, SqliteFakeAzureComponent.open(FakeAzureSettings.defaults(), reopened));
    }

    public SqliteFakeAzureComponent fake() {
        return fake;
    }

    @Override
    public RegistrationPort registrations() {
        return fake.registrationPort();
    }

    @Override
    public CustomerSubscriptionPort customerSubscriptions() {
        return fake.customerSubscriptionPort();
    }

    @Override
    public TokenPort tokens() {
        return fake.tokenPort();
    }

    @Override
    public UsagePushPort usage() {
        return fake.usagePushPort();
    }

    @Override
    public TestWorld world() {
        return WORLD;
    }

    @Override
    public AzureEndpoints endpoints() {
        return fake.endpoints();
    }

    @Override
    public String registrationToken(RegistrationTokenContent content) {
        return fake.tokenCodec().encode(content);
    }

    @Override
    public void approveMultiTenancy(RegistrationKey registration) {
        fake.approveMultiTenancy().approve(registration).getOrElseThrow(error -> new IllegalStateException("approval refused: " + error));
    }

    @Override
    public void addFault(FaultRule rule) {
        fake.faults().add(rule);
    }

    @Override
    public Instant serviceTime() {
        return fake.clock().now();
    }

    @Override
    public List<LedgerTotal> ledger() {
        return fake.queryUsageLedger().totals(Query.ALL);
    }

    /** Closes the database and removes its directory. */
    @Override
    public void close() {
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
