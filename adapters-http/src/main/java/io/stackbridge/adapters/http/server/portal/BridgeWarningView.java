package io.stackbridge.adapters.http.server.portal;

/** The 30-day warning of a PayAsYouUse stamp that has not reported usage: the sentence, the days and since when. */
public record BridgeWarningView(String text, long days, String since) {
}
