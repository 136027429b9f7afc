package io.stackbridge.adapters.http.server.portal;

/** The stamp's support logs (AzureBridge, WAS, WASPublic), collected into a bundle the page downloads. */
public interface PortalSupport {
}
