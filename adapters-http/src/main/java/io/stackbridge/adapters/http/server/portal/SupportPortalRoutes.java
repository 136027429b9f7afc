package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.vavr.collection.List;

import java.util.Objects;

/** The portal's API for the support bundle's download. */
public final class SupportPortalRoutes {

    private final PortalSupport support;

    public SupportPortalRoutes(PortalSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public List<AdminRoute> routes() {
        return List.empty();
    }
}
