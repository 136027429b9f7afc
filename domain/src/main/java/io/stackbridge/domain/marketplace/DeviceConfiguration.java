package io.stackbridge.domain.marketplace;

import io.vavr.control.Option;

import java.util.Objects;

/** What a stamp says about itself when it asks about products (the specification's {@code DeviceConfiguration}); both optional. */
public record DeviceConfiguration(Option<DeviceVersion> deviceVersion, Option<IdentitySystem> identitySystem) {

    public static final DeviceConfiguration UNKNOWN = new DeviceConfiguration(Option.none(), Option.none());

    public DeviceConfiguration {
        Objects.requireNonNull(deviceVersion, "deviceVersion");
        Objects.requireNonNull(identitySystem, "identitySystem");
    }
}
