package io.stackbridge.adapters.http.server.portal;

import java.util.List;

/** {@code POST /labs/{name}/reset}: whether the stamp is back as it was (no lab started), and the lines {@code lab reset} tells. */
public record LabResetView(boolean reset, List<String> lines) {
}
