package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.meter.MeterCatalog;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;

/** The catalog meters the simulated resource providers emit, looked up by their published names. */
public final class SimulatedMeters {

    /** The active meters by name, the first of a name winning as the catalog's order would: looked up every simulated hour. */
    private static final Map<String, MeterId> ACTIVE = MeterCatalog.standard().active().reverse()
            .foldLeft(HashMap.empty(), (byName, meter) -> byName.put(meter.name(), meter.id()));

    public static final MeterId STATIC_IP = of("Static IP Address Usage");
    public static final MeterId DYNAMIC_IP = of("Dynamic IP Address Usage");
    public static final MeterId BLOCK_BLOB_CAPACITY = of("BlockBlobCapacity");
    public static final MeterId PAGE_BLOB_CAPACITY = of("PageBlobCapacity");
    public static final MeterId TABLE_CAPACITY = of("TableCapacity");
    public static final MeterId QUEUE_CAPACITY = of("QueueCapacity");
    public static final MeterId BLOB_TRANSACTIONS = of("BlobTransactions");
    public static final MeterId BLOB_DATA_IN = of("BlobDataTransIn");
    public static final MeterId BLOB_DATA_OUT = of("BlobDataTransOut");
    public static final MeterId TABLE_TRANSACTIONS = of("TableTransactions");
    public static final MeterId QUEUE_TRANSACTIONS = of("QueueTransactions");
    public static final MeterId BASE_VM_SIZE_HOURS = of("Base VM Size Hours");
    public static final MeterId WINDOWS_VM_SIZE_HOURS = of("Windows VM Size Hours");
    public static final MeterId VM_SIZE_HOURS = of("VM size hours");
    public static final MeterId ACTUAL_STANDARD_DISK_SIZE = of("ActualStandardDiskSize");
    public static final MeterId ACTUAL_PREMIUM_DISK_SIZE = of("ActualPremiumDiskSize");
    public static final MeterId SQL_DATABASE_SIZE = of("DatabaseSizeHourSqlMeter");
    public static final MeterId MYSQL_DATABASE_SIZE = of("DatabaseSizeHourMySqlMeter");
    public static final MeterId APP_SERVICE = of("App Service");

    private SimulatedMeters() {
    }

    /** The active catalog meter of that name (a disk tier such as {@code S10}, an App Service size…); fails fast if absent. */
    public static MeterId of(String name) {
        return ACTIVE.get(name)
                .getOrElseThrow(() -> new IllegalStateException("no active meter named " + name));
    }
}
