package io.stackbridge.domain.registration;

import io.vavr.collection.List;

import java.util.Objects;

/**
 * What a registration token says about one physical node: its name, UUID, core count and the
 * hashed identifiers of its BIOS, NICs, CPUs, disks and memory.
 */
public record NodeHardware(String name, String uuid, int numCores, List<String> bios, List<String> nic,
                           List<String> cpu, List<String> disk, List<String> memory) {

    public NodeHardware {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uuid, "uuid");
        if (numCores < 0) {
            throw new IllegalArgumentException("numCores must not be negative: " + numCores);
        }
        bios = orEmpty(bios);
        nic = orEmpty(nic);
        cpu = orEmpty(cpu);
        disk = orEmpty(disk);
        memory = orEmpty(memory);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.empty() : values;
    }
}
