package io.stackbridge.adapters.http.server.portal;

import java.util.List;

/** {@code POST /stamp/diagnosis}: every step of the path to Azure, those not reached included, and whether all passed. */
public record DiagnosisView(List<DiagnosisStepView> steps, boolean passed) {
}
