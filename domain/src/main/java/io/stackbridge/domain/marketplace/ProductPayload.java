package io.stackbridge.domain.marketplace;

import java.util.Objects;

/**
 * What a stamp downloads to install a product (the specification's {@code ExtendedProductProperties}):
 * the operating system of its image or extension, its compute role, how many data disks an image
 * carries, and the extension flags.
 */
public record ProductPayload(OperatingSystem operatingSystem, ComputeRole computeRole, int dataDisks,
                             boolean systemExtension, boolean multipleExtensions, boolean scaleSetEnabled) {

    public ProductPayload {
        Objects.requireNonNull(operatingSystem, "operatingSystem");
        Objects.requireNonNull(computeRole, "computeRole");
        if (dataDisks < 0) {
            throw new IllegalArgumentException("dataDisks is negative");
        }
    }
}
