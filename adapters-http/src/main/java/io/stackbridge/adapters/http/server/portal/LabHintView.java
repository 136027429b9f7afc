package io.stackbridge.adapters.http.server.portal;

/** {@code POST /labs/{name}/hints}: the next hint, its number of {@code of}; number 0 when the lab is not the one started. */
public record LabHintView(int number, int of, String text) {
}
