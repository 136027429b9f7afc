package io.stackbridge.adapters.http.server.portal;

/** The labs of the stamp the portal shows: listed, started, hinted, checked and reset from the page. */
public interface PortalLabs {
}
