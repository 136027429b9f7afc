package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Region management > Properties: {@code Registered}, {@code NotRegistered} or {@code Expired} with the
 * status in words, and the registration's values (null when there are none).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RegionView(String status, String statusText, String subscriptionId, String resourceGroup, String registrationName,
                         String cloudId, String billingModel, String activationExpiry, String activationExpiryText) {
}
