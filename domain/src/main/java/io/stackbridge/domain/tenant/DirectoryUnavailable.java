package io.stackbridge.domain.tenant;

/** The subscription directory (metadata resolver) could not answer; {@code detail} says why, in one line. */
public record DirectoryUnavailable(String detail) {
}
