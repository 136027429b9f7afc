package io.stackbridge.adapters.cli.emulator;

/** The well-known world's bridge service principal: what a client signs in with, and the object ID registration tokens carry. */
public record DevPrincipal(String tenantId, String clientId, String clientSecret, String objectId) {
}
