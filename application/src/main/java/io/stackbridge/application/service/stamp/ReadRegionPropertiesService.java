package io.stackbridge.application.service.stamp;

import io.stackbridge.application.port.in.stamp.ReadRegionPropertiesUseCase;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.stamp.RegionProperties;

/** Region management > Properties from the stored activation, judged by the stamp's own clock. */
public final class ReadRegionPropertiesService implements ReadRegionPropertiesUseCase {

    private final StampStorePort stamps;
    private final ActivationStorePort activations;
    private final StampClockPort clock;

    public ReadRegionPropertiesService(StampStorePort stamps, ActivationStorePort activations, StampClockPort clock) {
        this.stamps = stamps;
        this.activations = activations;
        this.clock = clock;
    }

    @Override
    public RegionProperties properties() {
        return RegionProperties.of(stamps.stamp().cloudId(), activations.current(), clock.now());
    }
}
