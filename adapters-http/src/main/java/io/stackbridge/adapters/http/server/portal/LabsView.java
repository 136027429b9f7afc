package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** {@code GET /labs}: the lab started here, if any, and every lab with its code, title and symptom. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LabsView(LabCurrentView current, List<LabSummaryView> labs) {
}
