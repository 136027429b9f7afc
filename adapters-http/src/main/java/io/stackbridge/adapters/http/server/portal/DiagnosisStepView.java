package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of the diagnosis: its name ({@code TLS_USAGE}), its label as {@code bridge diagnose} words
 * it, whether it passed, the failing step's code, and what it found or met (null for a step not reached).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DiagnosisStepView(String name, String label, boolean passed, String code, String detail, boolean reached) {
}
