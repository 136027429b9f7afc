package io.stackbridge.adapters.http.server.portal;

/** The stamp the portal shows: Region management, the Azure Bridge tile, the diagnosis, registering and sending usage. */
public interface PortalStamp {
}
