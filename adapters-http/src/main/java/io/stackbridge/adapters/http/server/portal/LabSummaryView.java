package io.stackbridge.adapters.http.server.portal;

/** One lab as the list shows it: the name a trainee types, the code it teaches, a title and the symptom met. */
public record LabSummaryView(String name, String code, String title, String symptom) {
}
