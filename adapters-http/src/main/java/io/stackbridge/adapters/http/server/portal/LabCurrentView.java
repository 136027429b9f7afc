package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The lab started on the stamp shown: name, code, when (null when a terminal started it before this was kept), hints given, whether its last check passed. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LabCurrentView(String name, String code, String startedAt, int hintsShown, boolean fixed) {
}
