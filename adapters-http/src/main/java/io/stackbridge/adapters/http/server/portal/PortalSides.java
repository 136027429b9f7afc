package io.stackbridge.adapters.http.server.portal;

import java.util.Objects;

/**
 * What the operator's portal reaches beyond the emulator's own state, given by the composition root:
 * the stamp it shows (the one {@code serve} hosts, or a CLI stamp's data directory), that stamp's labs,
 * and the collection of its support logs.
 */
public record PortalSides(PortalStamp stamp, PortalLabs labs, PortalSupport support) {

    public PortalSides {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(labs, "labs");
        Objects.requireNonNull(support, "support");
    }
}
