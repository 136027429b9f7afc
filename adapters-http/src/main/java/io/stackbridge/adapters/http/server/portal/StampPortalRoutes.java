package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.vavr.collection.List;

import java.util.Objects;

/** The portal's API for the stack side: Region management > Properties, the Azure Bridge tile, the diagnosis. */
public final class StampPortalRoutes {

    private final PortalStamp stamp;

    public StampPortalRoutes(PortalStamp stamp) {
        this.stamp = Objects.requireNonNull(stamp, "stamp");
    }

    public List<AdminRoute> routes() {
        return List.empty();
    }
}
