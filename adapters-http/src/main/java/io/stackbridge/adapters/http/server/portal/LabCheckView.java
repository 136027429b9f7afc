package io.stackbridge.adapters.http.server.portal;

import java.util.List;

/** {@code POST /labs/{name}/check}: whether the lab is fixed, and the lines {@code lab check} tells. */
public record LabCheckView(boolean passed, List<String> lines) {
}
