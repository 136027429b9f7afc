package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.registration.NodeHardware;
import io.vavr.collection.List;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The physical nodes of a simulated stamp: named {@code HC1N01}, {@code HC1N02}…, with identifiers
 * derived from the cloud ID and the node's position (so the same stamp always has the same hardware)
 * and hashed hardware identifiers in the form the registration token carries.
 */
public final class StampNodes {

    private StampNodes() {
    }

    public static List<NodeHardware> of(CloudId cloud, int count, int coresPerNode) {
        return List.rangeClosed(1, count).map(position -> node(cloud, position, coresPerNode));
    }

    private static NodeHardware node(CloudId cloud, int position, int cores) {
        String seed = cloud.guid().key() + "/" + position;
        return new NodeHardware(String.format("HC1N%02d", position), uuid(seed).toString(), cores, List.of(hash(seed, "bios")),
                List.of(hash(seed, "nic0"), hash(seed, "nic1")), List.of(hash(seed, "cpu")), List.of(hash(seed, "disk")),
                List.of(hash(seed, "memory")));
    }

    private static UUID uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(String seed, String part) {
        return uuid(seed + "/" + part).toString().substring(0, 8);
    }
}
