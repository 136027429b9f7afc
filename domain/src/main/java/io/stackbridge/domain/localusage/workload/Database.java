package io.stackbridge.domain.localusage.workload;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.Objects;
import java.util.SplittableRandom;

/** A SQL Server or MySQL database of the adapter resource providers: its size at creation, in MB*hours, every hour. */
public record Database(String resourceUri, boolean mySql, int sizeMb, Map<String, String> tags) implements SimulatedResource {

    public Database {
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(tags, "tags");
        if (sizeMb < 1) {
            throw new IllegalArgumentException("invalid database size " + sizeMb);
        }
    }

    @Override
    public Map<String, String> additionalInfo() {
        return LinkedHashMap.of("Engine", mySql ? "MySQL" : "SQLServer");
    }

    @Override
    public List<Emission> hour(SplittableRandom random) {
        return List.of(Emission.count(mySql ? SimulatedMeters.MYSQL_DATABASE_SIZE : SimulatedMeters.SQL_DATABASE_SIZE, sizeMb));
    }
}
