package io.stackbridge.domain.localusage.workload;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * An App Service plan of {@code instances} Standard workers of one size (Small: 1 core, Medium:
 * 2, Large: 4): every hour the size's Standard App Service Hours (instances) and App Service
 * virtual core hours (cores × instances), the meter Microsoft bills.
 */
public record AppServicePlan(String resourceUri, String size, int instances, Map<String, String> tags) implements SimulatedResource {

    private static final Map<String, Integer> CORES = LinkedHashMap.of("Small", 1, "Medium", 2, "Large", 4);

    public AppServicePlan {
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(tags, "tags");
        if (!CORES.containsKey(size) || instances < 1) {
            throw new IllegalArgumentException("invalid App Service plan " + size + " × " + instances);
        }
    }

    /** The sizes a plan can have. */
    public static List<String> sizes() {
        return CORES.keySet().toList();
    }

    @Override
    public Map<String, String> additionalInfo() {
        return LinkedHashMap.of("Tier", "Standard", "Size", size, "Instances", String.valueOf(instances));
    }

    @Override
    public List<Emission> hour(SplittableRandom random) {
        return List.of(Emission.count(SimulatedMeters.of(size + " Standard App Service Hours"), instances),
                Emission.count(SimulatedMeters.APP_SERVICE, (long) CORES.get(size).get() * instances));
    }
}
