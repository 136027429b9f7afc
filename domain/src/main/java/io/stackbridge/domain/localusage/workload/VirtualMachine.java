package io.stackbridge.domain.localusage.workload;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A VM of {@code size} with {@code vCores}, Windows or not. Running or stopped it emits, every
 * hour, Base VM Size Hours (vCores), Windows VM Size Hours (vCores, Windows only) and VM size
 * hours (one); deallocated (drawn with {@code deallocatedChance}) it emits nothing.
 */
public record VirtualMachine(String resourceUri, String size, int vCores, boolean windows, double deallocatedChance,
                             Map<String, String> tags) implements SimulatedResource {

    public VirtualMachine {
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(tags, "tags");
        if (vCores < 1 || deallocatedChance < 0 || deallocatedChance > 1) {
            throw new IllegalArgumentException("invalid VM " + resourceUri);
        }
    }

    @Override
    public Map<String, String> additionalInfo() {
        return LinkedHashMap.of("ServiceType", size, "ImageType", windows ? "WindowsServer" : "Canonical", "VCPUs",
                String.valueOf(vCores));
    }

    @Override
    public List<Emission> hour(SplittableRandom random) {
        if (random.nextDouble() < deallocatedChance) {
            return List.empty();
        }
        List<Emission> base = List.of(Emission.count(SimulatedMeters.BASE_VM_SIZE_HOURS, vCores),
                Emission.count(SimulatedMeters.VM_SIZE_HOURS, 1));
        return windows ? base.append(Emission.count(SimulatedMeters.WINDOWS_VM_SIZE_HOURS, vCores)) : base;
    }
}
