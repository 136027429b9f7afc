package io.stackbridge.adapters.support.logs;

import io.vavr.control.Option;

import java.util.Objects;

/** What a bundle's manifest says of where its logs come from: the stamp (its data directory, or the stamp serve hosts), its cloud ID (none for a directory that holds no stamp yet), the program's version. */
public record BundleFacts(String stamp, Option<String> cloudId, String stackBridgeVersion) {

    public BundleFacts {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(stackBridgeVersion, "stackBridgeVersion");
    }
}
