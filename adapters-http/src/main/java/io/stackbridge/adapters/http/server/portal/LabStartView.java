package io.stackbridge.adapters.http.server.portal;

import java.util.List;

/** {@code POST /labs/{name}/start}: the lines {@code lab start} tells, and the symptom met ({@code CODE: message}). */
public record LabStartView(String name, String code, List<String> story, String symptom) {
}
