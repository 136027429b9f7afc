package io.stackbridge.adapters.http.server.portal;

/** Why the portal cannot show a CLI stamp's directory (no stamp there yet, a database it cannot use): a code and a sentence. */
public record StampProblemView(String code, String message) {
}
