package io.stackbridge.domain.localusage.workload;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A managed disk of tier {@code tier} ({@code S4}…{@code S30} standard, {@code P4}…{@code P30}
 * premium) holding {@code usedGb}: every hour an hour's share of one disk-month on the tier's meter
 * and of {@code usedGb} GB-months on ActualStandardDiskSize or ActualPremiumDiskSize.
 */
public record ManagedDisk(String resourceUri, String tier, int usedGb, Map<String, String> tags) implements SimulatedResource {

    public ManagedDisk {
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(tags, "tags");
        if (!tier.matches("[SP](4|6|10|15|20|30)") || usedGb < 1) {
            throw new IllegalArgumentException("invalid disk " + tier + " " + usedGb);
        }
    }

    public boolean premium() {
        return tier.startsWith("P");
    }

    @Override
    public Map<String, String> additionalInfo() {
        return LinkedHashMap.of("DiskTier", tier);
    }

    @Override
    public List<Emission> hour(SplittableRandom random) {
        return List.of(Emission.monthly(SimulatedMeters.of(tier), 1),
                Emission.monthly(premium() ? SimulatedMeters.ACTUAL_PREMIUM_DISK_SIZE : SimulatedMeters.ACTUAL_STANDARD_DISK_SIZE, usedGb));
    }
}
