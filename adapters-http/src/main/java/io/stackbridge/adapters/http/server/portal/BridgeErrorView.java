package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The bridge's last error as the tile's details window shows it: the code, a title, the catalog's
 * message and remediation, the underlying cause, when (stamp time), the attempt it ended and the endpoint.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BridgeErrorView(String code, String title, String message, String cause, String remediation, String at, int attempts,
                             String endpoint) {
}
