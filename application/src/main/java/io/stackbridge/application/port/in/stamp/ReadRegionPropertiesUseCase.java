package io.stackbridge.application.port.in.stamp;

import io.stackbridge.domain.stamp.RegionProperties;

/** Region management > Properties: registration status, registration resource and cloud ID. */
public interface ReadRegionPropertiesUseCase {

    RegionProperties properties();
}
