package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.vavr.collection.List;
import jakarta.inject.Inject;

/** The portal's API for the Azure side as a CSP sees it, and the training controls (presets, journal). */
public final class AzurePortalRoutes {

    @Inject
    public AzurePortalRoutes() {
    }

    public List<AdminRoute> routes() {
        return List.empty();
    }
}
