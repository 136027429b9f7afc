package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.vavr.collection.List;

import java.util.Objects;

/** The portal's API for the labs, started and checked from the page. */
public final class LabPortalRoutes {

    private final PortalLabs labs;

    public LabPortalRoutes(PortalLabs labs) {
        this.labs = Objects.requireNonNull(labs, "labs");
    }

    public List<AdminRoute> routes() {
        return List.empty();
    }
}
