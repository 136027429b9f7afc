package io.stackbridge.domain.localusage.workload;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.Objects;
import java.util.SplittableRandom;

/** A public IP address, static or dynamic: one IP address every hour on its meter. */
public record PublicIp(String resourceUri, boolean isStatic, Map<String, String> tags) implements SimulatedResource {

    public PublicIp {
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(tags, "tags");
    }

    @Override
    public Map<String, String> additionalInfo() {
        return LinkedHashMap.of("AllocationMethod", isStatic ? "Static" : "Dynamic");
    }

    @Override
    public List<Emission> hour(SplittableRandom random) {
        return List.of(Emission.count(isStatic ? SimulatedMeters.STATIC_IP : SimulatedMeters.DYNAMIC_IP, 1));
    }
}
